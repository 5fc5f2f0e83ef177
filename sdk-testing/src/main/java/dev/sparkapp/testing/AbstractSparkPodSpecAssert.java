package dev.sparkapp.testing;

import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions shared by the driver ({@link DriverSpecAssert}) and the executors ({@link
 * ExecutorSpecAssert}) of an application: on top of cores, memory and the Spark container with its probes
 * ({@link AbstractSparkPodAssert}), the service account, labels and volume mounts.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> {@code DriverSpec} or {@code ExecutorSpec}
 */
public abstract class AbstractSparkPodSpecAssert<SELF extends AbstractSparkPodSpecAssert<SELF, ACTUAL>,
    ACTUAL extends SparkPodSpec> extends AbstractSparkPodAssert<SELF, ACTUAL> {

  AbstractSparkPodSpecAssert(ACTUAL actual, Class<?> selfType, KindPod<?> pod) {
    super(actual, selfType, pod);
  }

  /**
   * Checks {@code serviceAccount}.
   *
   * @return this assertion
   */
  public SELF hasServiceAccount(String serviceAccount) {
    return hasFieldValue(path().field("serviceAccount"), SparkPodSpec::serviceAccount, serviceAccount);
  }

  /**
   * Checks that {@code labels} maps {@code key} to {@code value}.
   *
   * @return this assertion
   */
  public SELF hasLabel(String key, String value) {
    return hasFieldValue(path().field("labels").field(key),
        spec -> spec.labels() == null ? null : spec.labels().get(key), value);
  }

  /**
   * Checks that {@code volumeMounts} mounts the volume {@code volumeName} at {@code mountPath}.
   *
   * @return this assertion
   */
  public SELF hasVolumeMount(String volumeName, String mountPath) {
    FieldPath field = path().field("volumeMounts");
    Plain expected = new Plain("volume " + render(volumeName) + " at " + render(mountPath));
    List<VolumeMount> mounts = present(field, "to contain", expected).volumeMounts();
    if (mounts == null) {
      throw notSetFailure(field, "to contain", expected);
    }
    boolean found = mounts.stream().anyMatch(
        m -> volumeName.equals(m.getName()) && Objects.equals(mountPath, m.getMountPath()));
    if (!found) {
      String all = mounts.stream()
          .map(m -> "volume " + render(m.getName()) + " at " + render(m.getMountPath()))
          .collect(Collectors.joining(", ", "[", "]"));
      throw fieldFailure(field, "to contain", expected, new Plain(all));
    }
    return myself;
  }


}
