package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * The pods of the kubeflow spark-operator's kinds, declared once for {@link SparkApplicationKind},
 * {@link ScheduledSparkApplicationKind} and {@link SparkConnectKind}: the operator configures Spark's
 * container name itself ({@link SparkContainerRule#configuredByOperator}) and a driver or Connect server
 * opens the UI, RPC and block manager ports, an executor its block manager.
 */
final class KubeflowPods {
  /** The suffix of the UI Service's name, the longest name the operator derives from an application's. */
  static final String UI_SERVICE_SUFFIX = "-ui-svc";
  /** The length of {@code -<nanosecond timestamp>} that the operator appends to each scheduled run. */
  static final int RUN_SUFFIX_LENGTH = 20;

  private KubeflowPods() {}

  /** The UI Service, which asks for a DNS-1035 name, as messages name it. */
  static String uiService(String name) {
    return "the UI Service '" + name + UI_SERVICE_SUFFIX + "'";
  }

  /** The container rule of a kubeflow pod of {@code role}. */
  static SparkContainerRule rule(SparkPod role) {
    return SparkContainerRule.configuredByOperator(role.containerName());
  }

  /** Declares the ports of {@code role} on {@code pod}. */
  static <R> KindPod.Builder<R> ports(KindPod.Builder<R> pod, SparkPod role) {
    return pod.sparkPorts();
  }

  /**
   * The driver or executor of the SparkApplicationSpec that {@code spec} reads from a resource and
   * {@code withSpec} writes back, at {@code base} ({@code spec} or {@code spec.template}).
   */
  static <R> KindPod<R> applicationPod(SparkPod role, FieldPath base, Function<R, Optional<SparkApplicationSpec>> spec,
      BiFunction<R, SparkApplicationSpec, R> withSpec) {
    FieldPath path = base.field(role.specField());
    Function<R, Optional<? extends SparkPodSpec>> pod = r -> spec.apply(r).flatMap(role::specIn);
    KindPod.Builder<R> builder = KindPod.<R>builder(role)
        .at(path, path.field("template"))
        .containerRule(rule(role))
        .template(r -> pod.apply(r).flatMap(SparkPodSpec::template))
        .recorded(r -> pod.apply(r).map(SparkPodSpec::probePresets).orElse(Map.of()))
        .javaOptions(r -> pod.apply(r).flatMap(SparkPodSpec::javaOptions))
        .writer((r, template, javaOptions) -> {
          SparkApplicationSpec current = spec.apply(r).orElseThrow();
          return withSpec.apply(r, withPod(current, role, template, javaOptions));
        });
    return ports(builder, role).build();
  }

  private static SparkApplicationSpec withPod(SparkApplicationSpec spec, SparkPod role, PodTemplateSpec template,
      @Nullable String javaOptions) {
    SparkApplicationSpec.Builder result = SparkApplicationSpec.builder().from(spec);
    if (role == SparkPod.DRIVER) {
      DriverSpec.Builder builder = DriverSpec.builder();
      spec.driver().ifPresent(builder::from);
      result.driver(builder.template(template).javaOptions(javaOptions).probePresets(Map.of()).build());
    } else {
      ExecutorSpec.Builder builder = ExecutorSpec.builder();
      spec.executor().ifPresent(builder::from);
      result.executor(builder.template(template).javaOptions(javaOptions).probePresets(Map.of()).build());
    }
    return result.build();
  }

  /** A label and value for {@link ResourceKind#statusLines}. */
  static Map.Entry<String, String> line(String label, String value) {
    return new AbstractMap.SimpleImmutableEntry<>(label, value);
  }
}
