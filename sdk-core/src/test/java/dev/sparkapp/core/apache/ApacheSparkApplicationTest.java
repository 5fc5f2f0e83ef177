package dev.sparkapp.core.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.sparkapp.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class ApacheSparkApplicationTest {
  private static ApacheSparkApplication.Builder pi() {
    return ApacheSparkApplication.builder()
        .metadata(m -> m.withName("pi").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .mainClass("org.apache.spark.examples.SparkPi")
            .jars("local:///opt/spark/examples/jars/spark-examples.jar")
            .putSparkConf("spark.hadoop.fs.s3a.secret.key", "s3cr3t"));
  }

  @Test
  void isAV1SparkApplicationOfTheApacheGroupUnlessBuiltAsV1beta1() {
    ApacheSparkApplication app = pi().build();
    assertThat(app.apiVersion()).isEqualTo("spark.apache.org/v1");
    assertThat(app.kind()).isEqualTo("SparkApplication");
    assertThat(app.name()).contains("pi");
    assertThat(app.namespace()).contains("default");
    assertThat(pi().apiVersion("spark.apache.org/v1beta1").build().apiVersion()).isEqualTo("spark.apache.org/v1beta1");
  }

  @Test
  void anApiVersionOutsideTheOperatorsTwoIsRefusedNamingV1() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> pi().apiVersion("sparkoperator.k8s.io/v1beta2").build())
        .withMessage("apiVersion 'sparkoperator.k8s.io/v1beta2' is not a version of the Apache operator's "
            + "SparkApplication; use spark.apache.org/v1 (or spark.apache.org/v1beta1, which it still serves)");
  }

  @Test
  void runtimeVersionsIsRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ApacheApplicationSpec.builder().mainClass("x").build())
        .withMessageContaining("runtimeVersions");
  }

  @Test
  void sparkConfValuesAreRedactedInToString() {
    assertThat(pi().build().toString()).doesNotContain("s3cr3t").contains("sparkConf=****");
  }

  @Test
  void theDriverReadyBudgetIsTheOperatorsDefaultUnlessSet() {
    assertThat(pi().build().spec().driverReadyTimeoutMillis()).isEqualTo(300_000L);
    ApacheSparkApplication tight = ApacheSparkApplication.builder().from(pi().build())
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .applicationTolerations(t -> t.applicationTimeoutConfig(c -> c.driverReadyTimeoutMillis(60_000L))))
        .build();
    assertThat(tight.spec().driverReadyTimeoutMillis()).isEqualTo(60_000L);
    assertThat(tight.spec().applicationTolerations().orElseThrow().applicationTimeoutConfig().orElseThrow()
        .effectiveDriverStartTimeoutMillis()).isEqualTo(300_000L);
  }

  @Test
  void collectionsKeepNotSetApartFromSetEmpty() {
    assertThat(pi().build().spec().driverArgs()).isNull();
    assertThat(ApacheApplicationSpec.builder().from(pi().build().spec()).driverArgs(java.util.List.of()).build()
        .driverArgs()).isEmpty();
  }
}
