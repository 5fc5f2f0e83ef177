package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status of a kubeflow SparkConnect ({@code api/v1alpha1/sparkconnect_types.go}, {@code
 * internal/controller/sparkconnect/reconciler.go} of v2.5.2): {@code state}, the {@code ServerPodReady}
 * condition's message, {@code server.podName}; pods labelled {@code sparkoperator.k8s.io/connect-name}. The
 * operator recreates the server pod rather than retrying.
 */
final class SparkConnectKindStatus implements KindStatus {
  private static final List<String> STATES = java.util.Arrays.stream(SparkConnectState.values())
      .map(SparkConnectState::value).filter(s -> !s.isEmpty()).toList();

  @Override
  public List<String> states() {
    return STATES;
  }

  @Override
  public String state(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "state").orElse("");
  }

  @Override
  public boolean terminal(String state) {
    return state.equals("Failed");
  }

  @Override
  public boolean failed(String state) {
    return state.equals("Failed") || state.equals("NotReady");
  }

  @Override
  public int attempt(GenericKubernetesResource resource) {
    return 0;
  }

  @Override
  public Optional<String> errorMessage(GenericKubernetesResource resource) {
    Object conditions = resource.get("status", "conditions");
    if (conditions instanceof List<?> list) {
      for (Object condition : list) {
        if (condition instanceof Map<?, ?> map && "False".equals(map.get("status")) && map.get("message") != null) {
          return Optional.of(map.get("message").toString());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> driverPod(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "server", "podName");
  }

  @Override
  public String podSelector(String name) {
    return "sparkoperator.k8s.io/connect-name=" + name;
  }

  @Override
  public Optional<Instant> since(GenericKubernetesResource resource) {
    return KindStatus.time(resource, "status", "lastUpdateTime");
  }

  @Override
  public RetryPosition retry(GenericKubernetesResource resource, Instant now) {
    return RetryPosition.none();
  }
}
