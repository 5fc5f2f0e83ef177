package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Spark Connect server pod of a SparkConnect ({@code spec.server}). The operator builds the server
 * pod from {@code template}, runs the server in its container named {@code spark-kubernetes-driver} (the
 * first container when none has that name; one of that name is added to an empty template), and exposes
 * it through a Service named {@code <name>-server} unless {@code service} is given.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableConnectServerSpec.class)
@JsonDeserialize(as = ImmutableConnectServerSpec.class)
public interface ConnectServerSpec extends SparkPodResources {
  /**
   * Service exposes the Spark connect server. The operator takes its name (when set) as the Service's
   * name, ignores its namespace, and when it has no ports gives it the server's ports 7078, 7079, 4040 and
   * 15002. <p>Manifest field {@code service}.
   */
  Optional<Service> service();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** The name of the container the operator runs the Spark Connect server in. */
  String SERVER_CONTAINER = "spark-kubernetes-driver";

  /**
   * Returns the template container the operator runs the server in, by the server pod's {@link
   * SparkContainerRule} as {@link SparkConnect}'s kind declares it: the one named {@value
   * #SERVER_CONTAINER}, else the first; empty when the template has no container (the operator then adds
   * one named {@value #SERVER_CONTAINER}).
   */
  default Optional<Container> serverContainer() {
    List<Container> containers = template().map(PodTemplateSpec::getSpec).map(PodSpec::getContainers).orElse(List.of());
    return SparkConnectKind.KIND.declaredPods().get(0).containerRule().select(containers, Map.of());
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectServerSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableConnectServerSpec.Builder implements ProbeMethods<Builder> {}
}
