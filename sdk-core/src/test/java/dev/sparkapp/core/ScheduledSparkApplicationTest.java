package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ScheduledSparkApplicationTest {
  private static ScheduledSparkApplication nightly() {
    return ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly").withNamespace("batch"))
        .spec(s -> s.schedule("0 2 * * *")
            .concurrencyPolicy(ConcurrencyPolicy.FORBID)
            .template(t -> t.type(SparkApplicationType.SCALA)
                .sparkVersion("4.0.1")
                .mainApplicationFile("local:///opt/app.jar")
                .driver(d -> d.memory("1g"))))
        .build();
  }

  @Test
  void carriesTheApiVersionAndKindOfTheCrd() {
    ScheduledSparkApplication app = nightly();

    assertThat(ScheduledSparkApplication.KIND).isEqualTo("ScheduledSparkApplication");
    assertThat(app.apiVersion()).isEqualTo("sparkoperator.k8s.io/v1beta2");
    assertThat(app.kind()).isEqualTo("ScheduledSparkApplication");
  }

  @Test
  void consumerHelpersFillMetadataSpecAndTemplate() {
    ScheduledSparkApplication app = nightly();

    assertThat(app.name()).contains("nightly");
    assertThat(app.namespace()).contains("batch");
    assertThat(app.spec().schedule()).contains("0 2 * * *");
    assertThat(app.spec().concurrencyPolicy()).contains("Forbid");
    assertThat(app.spec().concurrencyPolicyType()).contains(ConcurrencyPolicy.FORBID);
    assertThat(app.spec().template()).hasValueSatisfying(t -> {
      assertThat(t.type()).contains(SparkApplicationType.SCALA);
      assertThat(t.mainApplicationFile()).contains("local:///opt/app.jar");
      assertThat(t.driver().flatMap(DriverSpec::memory)).contains("1g");
    });
  }

  @Test
  void consumerHelpersBuildTheSameValueAsPassingBuiltParts() {
    ScheduledSparkApplication fromParts = ScheduledSparkApplication.builder()
        .metadata(new ObjectMetaBuilder().withName("nightly").withNamespace("batch").build())
        .spec(ScheduledSparkApplicationSpec.builder()
            .schedule("0 2 * * *")
            .concurrencyPolicy(ConcurrencyPolicy.FORBID)
            .template(SparkApplicationSpec.builder()
                .type(SparkApplicationType.SCALA)
                .sparkVersion("4.0.1")
                .mainApplicationFile("local:///opt/app.jar")
                .driver(DriverSpec.builder().memory("1g").build())
                .build())
            .build())
        .build();

    assertThat(nightly()).isEqualTo(fromParts).hasSameHashCodeAs(fromParts);
  }

  @Test
  void eachSpecConsumerCallStartsFromAFreshBuilder() {
    ScheduledSparkApplication app = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("0 2 * * *").suspend(true))
        .spec(s -> s.schedule("@hourly"))
        .build();

    assertThat(app.spec().schedule()).contains("@hourly");
    assertThat(app.spec().suspend()).isEmpty();
  }

  @Test
  void resourcesBuiltInCodeHaveNoStatusAndNoUnmodelledFields() {
    assertThat(nightly().status()).isEmpty();
    assertThat(nightly().additionalProperties()).isEmpty();
  }

  @Test
  void buildingWithoutMetadataOrSpecFailsNamingWhatIsMissing() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ScheduledSparkApplication.builder().build())
        .withMessage("Cannot build ScheduledSparkApplication, some of required attributes are not set [metadata, spec]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ScheduledSparkApplication.builder().metadata(m -> m.withName("nightly")).build())
        .withMessage("Cannot build ScheduledSparkApplication, some of required attributes are not set [spec]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ScheduledSparkApplication.builder().spec(s -> s.schedule("@daily")).build())
        .withMessage("Cannot build ScheduledSparkApplication, some of required attributes are not set [metadata]");
  }

  @Test
  void nullMetadataOrSpecIsRejectedWhenSet() {
    assertThatNullPointerException()
        .isThrownBy(() -> ScheduledSparkApplication.builder().metadata((ObjectMeta) null))
        .withMessage("metadata");
    assertThatNullPointerException()
        .isThrownBy(() -> ScheduledSparkApplication.builder().spec((ScheduledSparkApplicationSpec) null))
        .withMessage("spec");
  }

  @Test
  void fromStartsAChangedCopyAndLeavesTheOriginalAlone() {
    ScheduledSparkApplication original = nightly();

    ScheduledSparkApplication changed = ScheduledSparkApplication.builder()
        .from(original)
        .spec(s -> s.from(original.spec()).schedule("0 3 * * *"))
        .build();

    assertThat(ScheduledSparkApplication.builder().from(original).build()).isEqualTo(original);
    assertThat(changed.spec().schedule()).contains("0 3 * * *");
    assertThat(changed.spec().template()).isEqualTo(original.spec().template());
    assertThat(original.spec().schedule()).contains("0 2 * * *");
  }

  @Test
  void aBuiltApplicationDoesNotChangeWhenItsBuilderIsReused() {
    ScheduledSparkApplication.Builder builder = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("@daily"));
    ScheduledSparkApplication first = builder.build();

    builder.spec(s -> s.schedule("@hourly")).putAdditionalProperties("x", 1);

    assertThat(first.spec().schedule()).contains("@daily");
    assertThat(first.additionalProperties()).isEmpty();
    assertThatThrownBy(() -> first.additionalProperties().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theTypeOffersNoMethodThatChangesAValue() {
    Method[] instanceMethods = Arrays.stream(ScheduledSparkApplication.class.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .toArray(Method[]::new);

    assertThat(instanceMethods).isNotEmpty().allSatisfy(m -> assertThat(m.getParameterCount()).as(m.getName()).isZero());
  }

  @Test
  void toStringMasksTheSecretsOfTheTemplate() {
    ScheduledSparkApplication app = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("@daily")
            .template(t -> t.putSparkConf("spark.hadoop.fs.s3a.secret.key", "s3cr3t-1")
                .putHadoopConf("fs.s3a.access.key", "s3cr3t-2")
                .executor(e -> e.putEnvVars("DB_PASSWORD", "s3cr3t-3"))))
        .build();

    assertThat(app.toString())
        .startsWith("ScheduledSparkApplication{apiVersion=sparkoperator.k8s.io/v1beta2, kind=ScheduledSparkApplication, ")
        .contains("schedule=@daily", "sparkConf=****", "hadoopConf=****", "envVars=****")
        .doesNotContain("s3cr3t", "fs.s3a", "DB_PASSWORD");
  }
}
