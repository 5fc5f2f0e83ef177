package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmissionServiceSampleTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<SparkApplication> applied = new ArrayList<>();

  private int run(String... args) {
    return SubmissionServiceSample.run(List.of(args), print(out), print(err), applied::addAll);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  @Test
  void buildsOneUniquelyNamedAppPerDayWithTheDayAsArgument() {
    List<SparkApplication> apps = new SubmissionServiceSample().batch(List.of("2024-02-28", "2024-02-29"));
    assertThat(apps).extracting(a -> a.name().orElseThrow())
        .containsExactly("orders-backfill-2024-02-28", "orders-backfill-2024-02-29");
    assertThat(apps.get(1).spec().arguments()).containsExactly("--day", "2024-02-29");
  }

  @Test
  void refusesADayThatIsNotAnIsoDate() {
    assertThatThrownBy(() -> new SubmissionServiceSample().batch(List.of("2024-02-30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-02-30");
  }

  @Test
  void printsTheBatchAsAMultiDocumentStreamThatReadsBack() {
    assertThat(run("2024-06-01", "2024-06-02", "2024-06-03")).isZero();
    List<SparkApplication> read = SparkYaml.strict().read(out.toString(StandardCharsets.UTF_8))
        .resourcesOf(SparkApplication.class);
    assertThat(read).isEqualTo(new SubmissionServiceSample().batch(SubmissionServiceSample.DEFAULT_DAYS));
    assertThat(applied).isEmpty();
  }

  @Test
  void applyHandsTheBatchToTheApplierAndReportsWhatItApplied() {
    assertThat(run("--apply", "2024-06-01")).isZero();
    assertThat(applied).extracting(a -> a.name().orElseThrow()).containsExactly("orders-backfill-2024-06-01");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("applied orders-backfill-2024-06-01\n")
        .doesNotContain("apiVersion");
  }

  @Test
  void withoutDaysOrWithABadDayItIsAUsageError() {
    assertThat(run("--apply")).isEqualTo(SubmissionServiceSample.EXIT_USAGE);
    assertThat(run("yesterday")).isEqualTo(SubmissionServiceSample.EXIT_USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:", "'yesterday'");
  }
}
