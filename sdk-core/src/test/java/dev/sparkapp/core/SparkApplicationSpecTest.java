package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkApplicationSpecTest {
  @Test
  void aSpecWithNothingSetHasEmptyOptionalsAndNullCollections() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder().build();

    assertThat(spec.type()).isEmpty();
    assertThat(spec.image()).isEmpty();
    assertThat(spec.driver()).isEmpty();
    assertThat(spec.executor()).isEmpty();
    assertThat(spec.arguments()).isNull();
    assertThat(spec.sparkConf()).isNull();
    assertThat(spec.hadoopConf()).isNull();
    assertThat(spec.volumes()).isNull();
    assertThat(spec.driverIngressOptions()).isNull();
    assertThat(spec.additionalProperties()).isEmpty();
  }

  @Test
  void consumerHelpersBuildTheSameValueAsPassingBuiltParts() {
    SparkApplicationSpec viaConsumers = SparkApplicationSpec.builder()
        .driver(d -> d.cores(1).memory("512m"))
        .executor(e -> e.instances(3).memory("1g"))
        .deps(d -> d.addJars("local:///opt/lib/a.jar"))
        .restartPolicy(r -> r.type(RestartPolicyType.ON_FAILURE).onFailureRetries(3))
        .monitoring(m -> m.exposeDriverMetrics(true).exposeExecutorMetrics(false)
            .prometheus(p -> p.jmxExporterJar("/prometheus/jmx.jar").port(8090)))
        .batchSchedulerOptions(b -> b.queue("default"))
        .sparkUIOptions(u -> u.servicePort(4041).serviceType("ClusterIP"))
        .dynamicAllocation(a -> a.enabled(true).maxExecutors(10))
        .build();

    SparkApplicationSpec viaParts = SparkApplicationSpec.builder()
        .driver(DriverSpec.builder().cores(1).memory("512m").build())
        .executor(ExecutorSpec.builder().instances(3).memory("1g").build())
        .deps(Dependencies.builder().addJars("local:///opt/lib/a.jar").build())
        .restartPolicy(RestartPolicy.builder().type(RestartPolicyType.ON_FAILURE).onFailureRetries(3).build())
        .monitoring(MonitoringSpec.builder().exposeDriverMetrics(true).exposeExecutorMetrics(false)
            .prometheus(PrometheusSpec.builder().jmxExporterJar("/prometheus/jmx.jar").port(8090).build())
            .build())
        .batchSchedulerOptions(BatchSchedulerConfiguration.builder().queue("default").build())
        .sparkUIOptions(SparkUIConfiguration.builder().servicePort(4041).serviceType("ClusterIP").build())
        .dynamicAllocation(DynamicAllocation.builder().enabled(true).maxExecutors(10).build())
        .build();

    assertThat(viaConsumers).isEqualTo(viaParts).hasSameHashCodeAs(viaParts);
    assertThat(viaConsumers.executor().flatMap(ExecutorSpec::instances)).contains(3);
    assertThat(viaConsumers.monitoring().flatMap(MonitoringSpec::prometheus).flatMap(PrometheusSpec::port))
        .contains(8090);
  }

  @Test
  void aConsumerHelperFailsLikeTheChildBuilderWhenTheChildLacksARequiredAttribute() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SparkApplicationSpec.builder().monitoring(m -> m.exposeDriverMetrics(true)))
        .withMessage("Cannot build MonitoringSpec, some of required attributes are not set [exposeExecutorMetrics]");
  }

  @Test
  void eachConsumerCallStartsFromAFreshChildBuilder() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .driver(d -> d.cores(2).memory("2g"))
        .driver(d -> d.memory("4g"))
        .build();

    assertThat(spec.driver()).hasValueSatisfying(d -> {
      assertThat(d.memory()).contains("4g");
      assertThat(d.cores()).isEmpty();
    });
  }

  @Test
  void nullForAnOptionalAttributeMeansNotSet() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .image("apache/spark:4.0.1")
        .image((String) null)
        .type((SparkApplicationType) null)
        .build();

    assertThat(spec.image()).isEmpty();
    assertThat(spec.type()).isEmpty();
  }

  @Test
  void anEmptyCollectionSetExplicitlyIsKeptApartFromAnUnsetOne() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .arguments(List.of())
        .sparkConf(Map.of())
        .build();

    assertThat(spec.arguments()).isNotNull().isEmpty();
    assertThat(spec.sparkConf()).isNotNull().isEmpty();
    assertThat(spec.hadoopConf()).isNull();
    assertThat(spec).isNotEqualTo(SparkApplicationSpec.builder().build());
  }

  @Test
  void fromCopiesKeepTheDifferenceBetweenEmptyAndUnsetCollections() {
    SparkApplicationSpec emptyArguments = SparkApplicationSpec.builder().arguments(List.of()).build();
    SparkApplicationSpec noArguments = SparkApplicationSpec.builder().build();

    SparkApplicationSpec emptyCopy = SparkApplicationSpec.builder().from(emptyArguments).build();
    SparkApplicationSpec unsetCopy = SparkApplicationSpec.builder().from(noArguments).build();

    assertThat(emptyCopy.arguments()).isNotNull().isEmpty();
    assertThat(unsetCopy.arguments()).isNull();
    assertThat(emptyCopy).isEqualTo(emptyArguments);
    assertThat(unsetCopy).isEqualTo(noArguments);
  }

  @Test
  void settingACollectionToNullUnsetsIt() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .addArguments("a", "b")
        .arguments(null)
        .putSparkConf("spark.ui.port", "4041")
        .sparkConf(null)
        .build();

    assertThat(spec.arguments()).isNull();
    assertThat(spec.sparkConf()).isNull();
  }

  @Test
  void addAndPutAccumulateInOrder() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .addArguments("one")
        .addArguments("two", "three")
        .addAllArguments(List.of("four"))
        .putSparkConf("spark.ui.port", "4041")
        .putSparkConf("spark.driver.port", "7078")
        .putSparkConf("spark.ui.port", "4042")
        .build();

    assertThat(spec.arguments()).containsExactly("one", "two", "three", "four");
    assertThat(spec.sparkConf()).containsExactly(Map.entry("spark.ui.port", "4042"), Map.entry("spark.driver.port", "7078"));
  }

  @Test
  void replacingACollectionDropsWhatWasAddedBefore() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .addArguments("old")
        .arguments(List.of("new"))
        .putSparkConf("a", "1")
        .sparkConf(Map.of("b", "2"))
        .build();

    assertThat(spec.arguments()).containsExactly("new");
    assertThat(spec.sparkConf()).containsExactly(Map.entry("b", "2"));
  }

  @Test
  void collectionsAreCopiedSoLaterChangesToTheSourceDoNotLeakIn() {
    List<String> arguments = new ArrayList<>(List.of("a", "b"));
    Map<String, String> conf = new HashMap<>(Map.of("spark.ui.port", "4041"));

    SparkApplicationSpec spec = SparkApplicationSpec.builder().arguments(arguments).sparkConf(conf).build();
    arguments.add("c");
    conf.put("spark.ui.enabled", "false");

    assertThat(spec.arguments()).containsExactly("a", "b");
    assertThat(spec.sparkConf()).containsOnlyKeys("spark.ui.port");
  }

  @Test
  void collectionsOfABuiltSpecCannotBeModified() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .addArguments("a", "b")
        .putSparkConf("k", "v")
        .putSparkConf("k2", "v2")
        .build();

    assertThatThrownBy(() -> spec.arguments().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.sparkConf().put("k3", "v3")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.sparkConf().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullElementsKeysAndValuesAreRejected() {
    assertThatNullPointerException()
        .isThrownBy(() -> SparkApplicationSpec.builder().addArguments((String) null))
        .withMessage("arguments element");
    assertThatNullPointerException()
        .isThrownBy(() -> SparkApplicationSpec.builder().putSparkConf("spark.ui.port", null))
        .withMessage("sparkConf value for key: spark.ui.port");
  }

  @Test
  void toStringMasksSparkConfAndHadoopConfWholeKeysIncluded() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder()
        .image("apache/spark:4.0.1")
        .putSparkConf("spark.hadoop.fs.s3a.secret.key", "s3cr3t-1")
        .putHadoopConf("fs.azure.account.key.acct.dfs.core.windows.net", "s3cr3t-2")
        .build();

    assertThat(spec).hasToString(
        "SparkApplicationSpec{image=apache/spark:4.0.1, sparkConf=****, hadoopConf=****, additionalProperties={}}");
  }

  @Test
  void toStringLeavesOutUnsetConfAndMasksEvenAnEmptyOne() {
    assertThat(SparkApplicationSpec.builder().build()).hasToString("SparkApplicationSpec{additionalProperties={}}");
    assertThat(SparkApplicationSpec.builder().sparkConf(Map.of()).build())
        .hasToString("SparkApplicationSpec{sparkConf=****, additionalProperties={}}");
  }

  @Test
  void specsWithTheSameSecretsButDifferentValuesAreNotEqualThoughTheyPrintAlike() {
    SparkApplicationSpec a = SparkApplicationSpec.builder().putSparkConf("spark.k", "1").build();
    SparkApplicationSpec b = SparkApplicationSpec.builder().putSparkConf("spark.k", "2").build();

    assertThat(a).isNotEqualTo(b).hasToString(b.toString());
  }
}
