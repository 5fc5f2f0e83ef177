package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The status of a kubeflow ScheduledSparkApplication ({@code api/v1beta2/scheduledsparkapplication_types.go}):
 * {@code scheduleState}, {@code reason}; its latest attempt is the SparkApplication named in
 * {@code status.lastRunName}, which the diagnosis reads instead.
 */
final class ScheduledKindStatus implements KindStatus {
  @Override
  public List<String> states() {
    return List.of("Validating", "Scheduled", "FailedValidation");
  }

  @Override
  public String state(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "scheduleState").orElse("");
  }

  @Override
  public boolean terminal(String state) {
    return false;
  }

  @Override
  public boolean failed(String state) {
    return state.equals("FailedValidation");
  }

  @Override
  public int attempt(GenericKubernetesResource resource) {
    return 0;
  }

  @Override
  public Optional<String> errorMessage(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "reason");
  }

  @Override
  public Optional<String> driverPod(GenericKubernetesResource resource) {
    return Optional.empty();
  }

  @Override
  public String podSelector(String name) {
    return "sparkoperator.k8s.io/scheduled-app-name=" + name;
  }

  @Override
  public Optional<Instant> since(GenericKubernetesResource resource) {
    return KindStatus.time(resource, "status", "lastRun");
  }

  @Override
  public RetryPosition retry(GenericKubernetesResource resource, Instant now) {
    return RetryPosition.none();
  }

  @Override
  public Optional<Delegate> delegate(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "lastRunName").map(n -> new Delegate(SparkApplication.class, n));
  }
}
