package dev.sparkapp.sparkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkContainerRule;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.deploy.k8s.KubernetesUtils;
import org.apache.spark.deploy.k8s.SparkPod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SDK's one answer to "which container is Spark's" ({@link SparkContainerRule}) gives, for every case,
 * the container that Spark 4.0.1's own {@code KubernetesUtils.selectSparkContainer} picks from the same
 * template and configured name: the cases of Spark's {@code KubernetesUtilsSuite} plus several containers
 * of the name, nameless containers and no containers.
 */
class SparkContainerRuleAgainstSparkTest {
  private static Container container(String name, String image) {
    return new ContainerBuilder().withName(name).withImage(image).build();
  }

  static Stream<Arguments> cases() {
    Container first = container("first", "a");
    Container second = container("second", "b");
    Container spark = container("spark-kubernetes-driver", "c");
    Container sparkAgain = container("spark-kubernetes-driver", "d");
    Container nameless = container(null, "e");
    return Stream.of(
        Arguments.of("the given name", List.of(first, second), Optional.of("second")),
        Arguments.of("no name given", List.of(first, second), Optional.empty()),
        Arguments.of("a name no container has", List.of(first, second), Optional.of("does-not-exist")),
        Arguments.of("no containers, a name", List.of(), Optional.of("spark-kubernetes-driver")),
        Arguments.of("no containers, no name", List.of(), Optional.empty()),
        Arguments.of("two containers of the name", List.of(first, spark, sparkAgain),
            Optional.of("spark-kubernetes-driver")),
        Arguments.of("a nameless first container", List.of(nameless, spark), Optional.of("spark-kubernetes-driver")),
        Arguments.of("a nameless first container, no name", List.of(nameless, spark), Optional.empty()),
        Arguments.of("the name on the first", List.of(spark, first), Optional.of("spark-kubernetes-driver")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void picksTheContainerSparkPicks(String description, List<Container> containers, Optional<String> name) {
    Pod template = new PodBuilder().withNewSpec().withContainers(containers).endSpec().build();
    SparkPod picked = KubernetesUtils.selectSparkContainer(template,
        name.map(scala.Option::apply).orElse(scala.Option.empty()));
    SparkContainerRule rule = name.isPresent()
        ? SparkContainerRule.configuredByOperator(name.get())
        : SparkContainerRule.configuredInSparkConf("spark.kubernetes.driver.podTemplateContainerName",
            "spark-kubernetes-driver");

    Optional<Container> ours = rule.select(containers, Map.of());

    if (containers.isEmpty()) {
      assertThat(ours).isEmpty();
      assertThat(picked.container().getName()).isNull(); // Spark starts from an empty container
    } else {
      assertThat(ours).containsSame(containers.get(containers.indexOf(picked.container())));
      assertThat(ours.get().getImage()).isEqualTo(picked.container().getImage());
    }
  }
}
