package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SparkApplicationTest {
  private static SparkApplication sparkPi() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA)
            .mode(DeployMode.CLUSTER)
            .image("apache/spark:4.0.1")
            .sparkVersion("4.0.1")
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .addArguments("5000")
            .driver(d -> d.cores(1).memory("512m").serviceAccount("spark"))
            .executor(e -> e.instances(2).cores(1).memory("512m")))
        .build();
  }

  @Test
  void carriesTheApiVersionAndKindOfTheCrd() {
    SparkApplication app = sparkPi();

    assertThat(SparkApplication.KIND).isEqualTo("SparkApplication");
    assertThat(app.apiVersion()).isEqualTo("sparkoperator.k8s.io/v1beta2");
    assertThat(app.kind()).isEqualTo("SparkApplication");
  }

  @Test
  void metadataConsumerFillsAnObjectMeta() {
    SparkApplication app = sparkPi();

    assertThat(app.metadata().getName()).isEqualTo("spark-pi");
    assertThat(app.metadata().getNamespace()).isEqualTo("default");
    assertThat(app.name()).contains("spark-pi");
    assertThat(app.namespace()).contains("default");
  }

  @Test
  void specConsumerBuildsTheSpecWithItsNestedDriverAndExecutor() {
    SparkApplicationSpec spec = sparkPi().spec();

    assertThat(spec.type()).contains(SparkApplicationType.SCALA);
    assertThat(spec.mode()).contains(DeployMode.CLUSTER);
    assertThat(spec.image()).contains("apache/spark:4.0.1");
    assertThat(spec.mainClass()).contains("org.apache.spark.examples.SparkPi");
    assertThat(spec.arguments()).containsExactly("5000");
    assertThat(spec.driver()).hasValueSatisfying(d -> {
      assertThat(d.cores()).contains(1);
      assertThat(d.memory()).contains("512m");
      assertThat(d.serviceAccount()).contains("spark");
    });
    assertThat(spec.executor()).hasValueSatisfying(e -> {
      assertThat(e.instances()).contains(2);
      assertThat(e.cores()).contains(1);
      assertThat(e.memory()).contains("512m");
    });
  }

  @Test
  void consumerHelpersBuildTheSameValueAsPassingBuiltParts() {
    SparkApplication fromParts = SparkApplication.builder()
        .metadata(new ObjectMetaBuilder().withName("spark-pi").withNamespace("default").build())
        .spec(SparkApplicationSpec.builder()
            .type(SparkApplicationType.SCALA)
            .mode(DeployMode.CLUSTER)
            .image("apache/spark:4.0.1")
            .sparkVersion("4.0.1")
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .addArguments("5000")
            .driver(DriverSpec.builder().cores(1).memory("512m").serviceAccount("spark").build())
            .executor(ExecutorSpec.builder().instances(2).cores(1).memory("512m").build())
            .build())
        .build();

    assertThat(sparkPi()).isEqualTo(fromParts).hasSameHashCodeAs(fromParts);
  }

  @Test
  void eachConsumerCallStartsFromAFreshBuilderAndReplacesTheEarlierValue() {
    SparkApplication app = SparkApplication.builder()
        .metadata(m -> m.withName("first").withNamespace("team-a"))
        .metadata(m -> m.withName("second"))
        .spec(s -> s.image("apache/spark:3.5.6").mainClass("Main"))
        .spec(s -> s.image("apache/spark:4.0.1"))
        .build();

    assertThat(app.name()).contains("second");
    assertThat(app.namespace()).isEmpty();
    assertThat(app.spec().image()).contains("apache/spark:4.0.1");
    assertThat(app.spec().mainClass()).isEmpty();
  }

  @Test
  void resourcesBuiltInCodeHaveNoStatusAndNoUnmodelledFields() {
    SparkApplication app = sparkPi();

    assertThat(app.status()).isEmpty();
    assertThat(app.additionalProperties()).isEmpty();
  }

  @Test
  void statusIsKeptWhenSet() {
    SparkApplicationStatus status = SparkApplicationStatus.builder().applicationState(a -> a.state("RUNNING")).build();

    SparkApplication app = SparkApplication.builder().from(sparkPi()).status(status).build();

    assertThat(app.status()).containsSame(status);
  }

  @Test
  void buildingWithoutMetadataOrSpecFailsNamingWhatIsMissing() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SparkApplication.builder().build())
        .withMessage("Cannot build SparkApplication, some of required attributes are not set [metadata, spec]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SparkApplication.builder().metadata(m -> m.withName("spark-pi")).build())
        .withMessage("Cannot build SparkApplication, some of required attributes are not set [spec]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SparkApplication.builder().spec(s -> s.image("apache/spark:4.0.1")).build())
        .withMessage("Cannot build SparkApplication, some of required attributes are not set [metadata]");
  }

  @Test
  void anEmptyMetadataAndSpecAreEnoughToBuild() {
    SparkApplication app = SparkApplication.builder().metadata(m -> {}).spec(s -> {}).build();

    assertThat(app.name()).isEmpty();
    assertThat(app.spec()).isEqualTo(SparkApplicationSpec.builder().build());
  }

  @Test
  void nullMetadataOrSpecIsRejectedWhenSet() {
    assertThatNullPointerException()
        .isThrownBy(() -> SparkApplication.builder().metadata((ObjectMeta) null))
        .withMessage("metadata");
    assertThatNullPointerException()
        .isThrownBy(() -> SparkApplication.builder().spec((SparkApplicationSpec) null))
        .withMessage("spec");
  }

  @Test
  void aBuiltApplicationDoesNotChangeWhenItsBuilderIsReused() {
    SparkApplication.Builder builder = SparkApplication.builder()
        .metadata(m -> m.withName("first"))
        .spec(s -> s.image("apache/spark:3.5.6"));
    SparkApplication first = builder.build();

    builder.metadata(m -> m.withName("second")).spec(s -> s.image("apache/spark:4.0.1")).putAdditionalProperties("x", 1);
    SparkApplication second = builder.build();

    assertThat(first.name()).contains("first");
    assertThat(first.spec().image()).contains("apache/spark:3.5.6");
    assertThat(first.additionalProperties()).isEmpty();
    assertThat(second.name()).contains("second");
    assertThat(second.additionalProperties()).containsEntry("x", 1);
  }

  @Test
  void fromStartsAChangedCopyAndLeavesTheOriginalAlone() {
    SparkApplication original = sparkPi();

    SparkApplication unchanged = SparkApplication.builder().from(original).build();
    SparkApplication changed = SparkApplication.builder()
        .from(original)
        .spec(s -> s.from(original.spec()).image("apache/spark:4.1.0"))
        .build();

    assertThat(unchanged).isEqualTo(original);
    assertThat(changed).isNotEqualTo(original);
    assertThat(changed.spec().image()).contains("apache/spark:4.1.0");
    assertThat(changed.spec().driver()).isEqualTo(original.spec().driver());
    assertThat(changed.metadata()).isEqualTo(original.metadata());
    assertThat(original.spec().image()).contains("apache/spark:4.0.1");
  }

  @Test
  void itsCollectionsCannotBeModified() {
    SparkApplication app = SparkApplication.builder()
        .from(sparkPi())
        .putAdditionalProperties("extra", "kept")
        .build();

    assertThatThrownBy(() -> app.additionalProperties().put("other", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> app.spec().arguments().add("1"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(app.additionalProperties()).containsOnlyKeys("extra");
  }

  @Test
  void theTypeOffersNoMethodThatChangesAValue() {
    Method[] instanceMethods = Arrays.stream(SparkApplication.class.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()))
        .toArray(Method[]::new);

    assertThat(instanceMethods).isNotEmpty().allSatisfy(m -> assertThat(m.getParameterCount()).as(m.getName()).isZero());
  }

  @Test
  void equalValuesAreEqualAndDifferentOnesAreNot() {
    assertThat(sparkPi()).isEqualTo(sparkPi()).hasSameHashCodeAs(sparkPi());
    assertThat(sparkPi()).isNotEqualTo(SparkApplication.builder().from(sparkPi()).metadata(m -> m.withName("other")).build());
  }

  @Test
  void toStringMasksSparkConfHadoopConfAndPodEnvironmentButShowsTheRest() {
    SparkApplication app = SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi"))
        .spec(s -> s.image("apache/spark:4.0.1")
            .putSparkConf("spark.hadoop.fs.s3a.secret.key", "s3cr3t-1")
            .putHadoopConf("fs.azure.account.key.acct.dfs.core.windows.net", "s3cr3t-2")
            .driver(d -> d.memory("512m")
                .putEnvVars("DB_PASSWORD", "s3cr3t-3")
                .addEnv(new EnvVarBuilder().withName("TOKEN").withValue("s3cr3t-4").build())
                .addSidecars(new ContainerBuilder().withName("proxy")
                    .addNewEnv().withName("KEY").withValue("s3cr3t-5").endEnv().build()))
            .executor(e -> e.instances(2)
                .addInitContainers(new ContainerBuilder().withName("fetch")
                    .addNewEnv().withName("KEY").withValue("s3cr3t-6").endEnv().build())))
        .build();

    String text = app.toString();

    assertThat(text)
        .doesNotContain("s3cr3t", "spark.hadoop.fs.s3a.secret.key", "DB_PASSWORD", "TOKEN")
        .contains("sparkConf=****", "hadoopConf=****", "envVars=****", "env=****", "sidecars=****",
            "initContainers=****")
        .startsWith("SparkApplication{apiVersion=sparkoperator.k8s.io/v1beta2, kind=SparkApplication, metadata=")
        .contains("spark-pi", "image=apache/spark:4.0.1", "memory=512m", "instances=2");
  }

  @Test
  void toStringPrintsAnEmptySpecAndNoStatus() {
    SparkApplication app = SparkApplication.builder().metadata(m -> m.withName("x")).spec(s -> {}).build();

    assertThat(app.toString())
        .endsWith(", spec=SparkApplicationSpec{additionalProperties={}}, additionalProperties={}}")
        .doesNotContain("status=");
  }
}
