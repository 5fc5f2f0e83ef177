package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduledSparkApplicationSpecTest {
  @Test
  void templateConsumerBuildsTheSameSpecAsPassingABuiltOne() {
    ScheduledSparkApplicationSpec viaConsumer = ScheduledSparkApplicationSpec.builder()
        .schedule("@every 1h")
        .template(t -> t.type(SparkApplicationType.PYTHON).mainApplicationFile("local:///opt/job.py")
            .executor(e -> e.instances(4)))
        .build();
    ScheduledSparkApplicationSpec viaPart = ScheduledSparkApplicationSpec.builder()
        .schedule("@every 1h")
        .template(SparkApplicationSpec.builder().type(SparkApplicationType.PYTHON).mainApplicationFile("local:///opt/job.py")
            .executor(ExecutorSpec.builder().instances(4).build()).build())
        .build();

    assertThat(viaConsumer).isEqualTo(viaPart).hasSameHashCodeAs(viaPart);
    assertThat(viaConsumer.template().flatMap(SparkApplicationSpec::executor).flatMap(ExecutorSpec::instances)).contains(4);
  }

  @Test
  void eachTemplateConsumerCallStartsFromAFreshSpec() {
    ScheduledSparkApplicationSpec spec = ScheduledSparkApplicationSpec.builder()
        .template(t -> t.image("apache/spark:3.5.6").mainClass("Main"))
        .template(t -> t.image("apache/spark:4.0.1"))
        .build();

    assertThat(spec.template()).hasValueSatisfying(t -> {
      assertThat(t.image()).contains("apache/spark:4.0.1");
      assertThat(t.mainClass()).isEmpty();
    });
  }

  @Test
  void nothingIsRequiredToBuildSoTheValidatorCanReportWhatIsMissing() {
    ScheduledSparkApplicationSpec spec = ScheduledSparkApplicationSpec.builder().build();

    assertThat(spec.schedule()).isEmpty();
    assertThat(spec.template()).isEmpty();
    assertThat(spec.concurrencyPolicy()).isEmpty();
    assertThat(spec.suspend()).isEmpty();
  }

  @Test
  void toStringMasksTheSecretsOfTheTemplate() {
    ScheduledSparkApplicationSpec spec = ScheduledSparkApplicationSpec.builder()
        .schedule("@daily")
        .template(t -> t.putSparkConf("spark.hadoop.fs.s3a.secret.key", "s3cr3t"))
        .build();

    assertThat(spec).hasToString("ScheduledSparkApplicationSpec{schedule=@daily, template=SparkApplicationSpec{sparkConf=****,"
        + " additionalProperties={}}, additionalProperties={}}");
  }
}
