package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KindBuilderTest {
  @Test
  void metadataFromABuilderConsumerSetsTheMetadataAndReturnsTheKindsOwnBuilder() {
    List<KindBuilder<?>> builders = List.of(SparkApplication.builder(), ScheduledSparkApplication.builder(),
        SparkConnect.builder(), ApacheSparkApplication.builder(), ApacheSparkCluster.builder());

    for (KindBuilder<?> builder : builders) {
      Object returned = builder.metadata(m -> m.withName("pi").withNamespace("jobs").withLabels(Map.of("team", "a")));

      assertThat(returned).isSameAs(builder);
    }
    SparkApplication.Builder chained = SparkApplication.builder().metadata(m -> m.withName("pi"));
    assertThat(chained.metadata(m -> m.withNamespace("jobs"))).isSameAs(chained);
  }

  @Test
  void metadataFromABuilderConsumerIsWhatTheConsumerBuilt() {
    SparkConnect connect = SparkConnect.builder()
        .metadata(m -> m.withName("connect").withNamespace("jobs").withLabels(Map.of("team", "a")))
        .spec(s -> s.sparkVersion("4.0.1"))
        .build();

    assertThat(connect.metadata().getName()).isEqualTo("connect");
    assertThat(connect.metadata().getNamespace()).isEqualTo("jobs");
    assertThat(connect.metadata().getLabels()).containsExactly(Map.entry("team", "a"));
  }
}
