package dev.sparkapp.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The driver pod of a Spark application ({@code spec.driver}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDriverSpec.class)
@JsonDeserialize(as = ImmutableDriverSpec.class)
public interface DriverSpec extends SparkPodSpec {
  /**
   * PodName is the name of the driver pod that the user creates. <p>Manifest field {@code podName}.
   */
  Optional<String> podName();

  /**
   * KubernetesMaster is the URL of the Kubernetes master used by the driver to manage executor pods and
   * other Kubernetes resources. <p>Manifest field {@code kubernetesMaster}.
   */
  Optional<String> kubernetesMaster();

  /**
   * ServiceAnnotations defines the annotations to be added to the Kubernetes headless service used by
   * executors to connect to the driver. <p>Manifest field {@code serviceAnnotations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> serviceAnnotations();

  /**
   * ServiceLabels defines the labels to be added to the Kubernetes headless service used by executors to
   * connect to the driver. <p>Manifest field {@code serviceLabels}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> serviceLabels();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DriverSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableDriverSpec.Builder implements ProbeMethods<Builder> {}
}
