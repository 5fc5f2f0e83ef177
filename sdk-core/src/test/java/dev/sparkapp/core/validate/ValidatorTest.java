package dev.sparkapp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  @Test
  void validApplicationHasNoViolations() {
    assertThat(Validator.defaults().validate(TestApps.app(s -> {})).violations()).isEmpty();
  }

  @Test
  void reportsEveryViolationNotOnlyTheFirst() {
    SparkApplication app = TestApps.app(s -> s
        .driver(d -> d.cores(0).memory("1Gi"))
        .executor(e -> e.cores(1).memory("2.5g")));

    ValidationResult result = Validator.defaults().validate(app);

    assertThat(result.violations()).extracting(Violation::ruleId)
        .containsExactly("spark-memory", "spark-cores", "spark-memory");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void strictTurnsWarningsIntoErrors() {
    SparkApplication app = TestApps.app(s -> s.mainClass("x").type(dev.sparkapp.core.SparkApplicationType.PYTHON)
        .mainApplicationFile("local:///app/main.py"));

    assertThat(Validator.defaults().validate(app).hasErrors()).isFalse();
    ValidationResult strict = Validator.defaults().strict(true).validate(app);
    assertThat(strict.errors()).extracting(Violation::ruleId).containsExactly("python-main-class");
    assertThat(Validator.defaults().strict(true).isStrict()).isTrue();
  }

  @Test
  void targetOperatorVersionIsParsedAndKept() {
    assertThat(Validator.defaults().targetOperatorVersion()).isEqualTo("2.5.2");
    assertThat(Validator.defaults().targetOperatorVersion("v2.1").targetOperatorVersion()).isEqualTo("2.1.0");
    assertThatThrownBy(() -> Validator.defaults().targetOperatorVersion("latest"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("'latest' is not an operator version: use major.minor.patch, for example 2.1.0");
  }

  @Test
  void checksTheTemplateOfAScheduledApplicationUnderSpecTemplate() {
    ScheduledSparkApplication scheduled = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("@daily").template(t -> {
          TestApps.valid(t);
          t.driver(d -> d.cores(1).memory("lots"));
        }))
        .build();

    assertThat(Validator.defaults().validate(scheduled).violations()).extracting(Violation::toString)
        .containsExactly("spec.template.driver.memory: error: 'lots' is not a memory size Spark can parse "
            + "(it is not a size): use a whole number with an optional unit b, k, m, g, t or p (for example 512m "
            + "or 2g) [spark-memory]");
  }

  @Test
  void rejectsResourcesOfUnknownKinds() {
    SparkResource other = new SparkResource() {
      @Override
      public String apiVersion() {
        return API_VERSION;
      }

      @Override
      public String kind() {
        return "SparkConnect";
      }

      @Override
      public ObjectMeta metadata() {
        return new ObjectMeta();
      }
    };
    assertThatThrownBy(() -> Validator.defaults().validate(other)).isInstanceOf(InvalidArgumentException.class);
  }
}
