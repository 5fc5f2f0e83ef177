package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which container is Spark's. The cases are those of Spark's own {@code KubernetesUtilsSuite} for {@code
 * KubernetesUtils.selectSparkContainer} (apache/spark v4.0.1, {@code resource-managers/kubernetes/core/src/
 * main/scala/org/apache/spark/deploy/k8s/KubernetesUtils.scala}: {@code containers.partition(_.getName ==
 * name)} takes the container only when exactly one has the name, else {@code containers.headOption}, else a
 * new empty container), plus the edge cases its partition implies: several containers of the name,
 * nameless containers. {@code sdk-spark-it}'s {@code SparkContainerRuleAgainstSparkTest} runs the same
 * cases through Spark's own method.
 */
class SparkContainerRuleTest {
  private static Container named(String name) {
    return new ContainerBuilder().withName(name).withImage("image-of-" + name).build();
  }

  private static final Container FIRST = named("first");
  private static final Container SECOND = named("second");
  private static final SparkContainerRule KUBEFLOW_DRIVER =
      SparkContainerRule.configuredByOperator("spark-kubernetes-driver");
  private static final SparkContainerRule APACHE_DRIVER = SparkContainerRule.configuredInSparkConf(
      "spark.kubernetes.driver.podTemplateContainerName", "spark-kubernetes-driver");

  @Test
  void selectsTheContainerOfTheGivenName() {
    assertThat(SparkContainerRule.selectIndex(List.of(FIRST, SECOND), Optional.of("second"))).isEqualTo(1);
  }

  @Test
  void selectsTheFirstContainerWhenNoNameIsGiven() {
    assertThat(SparkContainerRule.selectIndex(List.of(FIRST, SECOND), Optional.empty())).isEqualTo(0);
  }

  @Test
  void fallsBackToTheFirstContainerWhenNoneHasTheGivenName() {
    assertThat(SparkContainerRule.selectIndex(List.of(FIRST, SECOND), Optional.of("does-not-exist"))).isEqualTo(0);
  }

  @Test
  void selectsNoContainerFromATemplateWithoutContainers() {
    assertThat(SparkContainerRule.selectIndex(List.of(), Optional.of("does-not-exist"))).isEqualTo(-1);
    assertThat(SparkContainerRule.selectIndex(List.of(), Optional.empty())).isEqualTo(-1);
    assertThat(KUBEFLOW_DRIVER.select(List.of(), Map.of())).isEmpty();
    assertThat(KUBEFLOW_DRIVER.select(null, Map.of())).isEmpty();
  }

  @Test
  void fallsBackToTheFirstContainerWhenSeveralHaveTheGivenName() {
    Container other = named("sidecar");
    Container one = named("spark-kubernetes-driver");
    Container two = new ContainerBuilder().withName("spark-kubernetes-driver").withImage("second-image").build();

    assertThat(KUBEFLOW_DRIVER.select(List.of(other, one, two), Map.of())).containsSame(other);
  }

  @Test
  void neverMatchesANamelessContainerByNameButTakesItFirst() {
    Container nameless = new ContainerBuilder().withImage("nameless").build();

    assertThat(KUBEFLOW_DRIVER.select(List.of(nameless, SECOND), Map.of())).containsSame(nameless);
    assertThat(KUBEFLOW_DRIVER.select(List.of(nameless, named("spark-kubernetes-driver")), Map.of()))
        .hasValueSatisfying(c -> assertThat(c.getName()).isEqualTo("spark-kubernetes-driver"));
  }

  @Test
  void skipsNullElementsOfALenientlyReadList() {
    assertThat(KUBEFLOW_DRIVER.select(Arrays.asList(null, SECOND), Map.of())).containsSame(SECOND);
  }

  @Test
  void kubeflowIgnoresTheUsersContainerNameSettingBecauseTheOperatorPassesItsOwnAfterIt() {
    Map<String, String> conf = Map.of("spark.kubernetes.driver.podTemplateContainerName", "second");
    Container spark = named("spark-kubernetes-driver");

    assertThat(KUBEFLOW_DRIVER.configuredName(conf)).contains("spark-kubernetes-driver");
    assertThat(KUBEFLOW_DRIVER.select(List.of(SECOND, spark), conf)).containsSame(spark);
    assertThat(KUBEFLOW_DRIVER.isFixedByOperator()).isTrue();
  }

  @Test
  void apacheTakesTheContainerTheUsersSettingNames() {
    Map<String, String> conf = Map.of("spark.kubernetes.driver.podTemplateContainerName", "second");

    assertThat(APACHE_DRIVER.configuredName(conf)).contains("second");
    assertThat(APACHE_DRIVER.select(List.of(FIRST, SECOND), conf)).containsSame(SECOND);
    assertThat(APACHE_DRIVER.isFixedByOperator()).isFalse();
  }

  @Test
  void apacheTakesTheFirstContainerWithoutASettingEvenWhenOneHasSparksDefaultName() {
    Container spark = named("spark-kubernetes-driver");

    assertThat(APACHE_DRIVER.configuredName(Map.of())).isEmpty();
    assertThat(APACHE_DRIVER.select(List.of(FIRST, spark), Map.of())).containsSame(FIRST);
    assertThat(APACHE_DRIVER.select(List.of(FIRST, spark), null)).containsSame(FIRST);
  }

  @Test
  void aContainerTheSdkCreatesIsNamedSoThatSparkPicksIt() {
    assertThat(KUBEFLOW_DRIVER.nameForNewContainer(Map.of())).isEqualTo("spark-kubernetes-driver");
    assertThat(APACHE_DRIVER.nameForNewContainer(Map.of())).isEqualTo("spark-kubernetes-driver");
    assertThat(APACHE_DRIVER.nameForNewContainer(
        Map.of("spark.kubernetes.driver.podTemplateContainerName", " main "))).isEqualTo("main");
  }

  @Test
  void aClustersMasterIsTheFirstContainerNamedMasterElseOneTheOperatorAppends() {
    SparkContainerRule master = SparkContainerRule.namedByOperator("master");
    Container sidecar = named("sidecar");
    Container masterOne = named("master");
    Container masterTwo = new ContainerBuilder().withName("master").withImage("second").build();

    assertThat(master.select(List.of(sidecar, masterOne, masterTwo), Map.of())).contains(masterOne);
    assertThat(master.indexIn(List.of(sidecar, masterOne, masterTwo), Map.of())).isEqualTo(1);
    assertThat(master.select(List.of(sidecar), Map.of())).as("not the first: the operator appends 'master'").isEmpty();
    assertThat(master.nameForNewContainer(Map.of("spark.kubernetes.driver.podTemplateContainerName", "x")))
        .isEqualTo("master");
    assertThat(master.isFixedByOperator()).isTrue();
  }
}
