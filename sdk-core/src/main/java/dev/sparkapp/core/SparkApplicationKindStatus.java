package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The status of a kubeflow SparkApplication ({@code api/v1beta2/sparkapplication_types.go} of operator
 * v2.5.2): {@code applicationState.state}, {@code executionAttempts}, {@code submissionAttempts},
 * {@code driverInfo.podName}; pods labelled {@code sparkoperator.k8s.io/app-name} ({@code pkg/common/spark.go}).
 */
final class SparkApplicationKindStatus implements KindStatus {
  private static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "SUBMISSION_FAILED");
  private static final Set<String> FAILED = Set.of("FAILED", "SUBMISSION_FAILED", "FAILING");
  private static final List<String> STATES = java.util.Arrays.stream(ApplicationStateType.values())
      .map(ApplicationStateType::value).filter(s -> !s.isEmpty()).toList();

  @Override
  public List<String> states() {
    return STATES;
  }

  @Override
  public String state(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "applicationState", "state").orElse("");
  }

  @Override
  public boolean terminal(String state) {
    return TERMINAL.contains(state);
  }

  @Override
  public boolean failed(String state) {
    return FAILED.contains(state);
  }

  @Override
  public int attempt(GenericKubernetesResource resource) {
    return KindStatus.number(resource, "status", "executionAttempts").orElse(0L).intValue();
  }

  @Override
  public Optional<String> errorMessage(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "applicationState", "errorMessage");
  }

  @Override
  public Optional<String> driverPod(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "driverInfo", "podName");
  }

  @Override
  public String podSelector(String name) {
    return "sparkoperator.k8s.io/app-name=" + name;
  }

  @Override
  public Optional<Instant> since(GenericKubernetesResource resource) {
    return KindStatus.time(resource, "status", "lastSubmissionAttemptTime");
  }

  @Override
  public RetryPosition retry(GenericKubernetesResource resource, Instant now) {
    String policy = KindStatus.string(resource, "spec", "restartPolicy", "type").orElse("Never");
    String state = state(resource);
    long executions = KindStatus.number(resource, "status", "executionAttempts").orElse(0L);
    long submissions = KindStatus.number(resource, "status", "submissionAttempts").orElse(0L);
    boolean submission = state.equals("SUBMISSION_FAILED");
    Optional<Long> retries = KindStatus.number(resource, "spec", "restartPolicy",
        submission ? "onSubmissionFailureRetries" : "onFailureRetries");
    long attempts = submission ? submissions : executions;
    boolean willRetry = switch (policy) {
      case "Always" -> !state.equals("FAILED") && !state.equals("COMPLETED");
      case "OnFailure" -> !state.equals("FAILED") && !state.equals("COMPLETED")
          && retries.isPresent() && attempts <= retries.get();
      default -> false;
    };
    Optional<Integer> max = policy.equals("Always") ? Optional.empty()
        : Optional.of(policy.equals("OnFailure") ? retries.orElse(0L).intValue() + 1 : 1);
    Optional<Instant> next = Optional.empty();
    if (willRetry && (submission || state.equals("FAILING"))) {
      Optional<Long> interval = KindStatus.number(resource, "spec", "restartPolicy",
          submission ? "onSubmissionFailureRetryInterval" : "onFailureRetryInterval");
      Optional<Instant> last = since(resource);
      if (interval.isPresent() && last.isPresent() && submissions > 0) {
        next = Optional.of(last.get().plus(Duration.ofSeconds(interval.get() * submissions)));
      }
    }
    return new RetryPosition(policy, (int) attempts, max, willRetry, next);
  }
}
