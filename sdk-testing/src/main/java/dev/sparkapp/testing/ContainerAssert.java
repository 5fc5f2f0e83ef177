package dev.sparkapp.testing;

import dev.sparkapp.core.ProbeKind;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;

/**
 * Assertions on a Kubernetes {@link Container}, usually the Spark container of a driver or executor pod
 * template: {@code assertThat(app).driver().container().hasEnv("SPARK_LOG_DIR", "/var/log/spark")}.
 */
public class ContainerAssert extends AbstractSparkAssert<ContainerAssert, Container> {

  /**
   * Creates an assertion on {@code actual}; prefer navigating from a driver or executor assertion.
   *
   * @param actual the container under test, or {@code null} for a container that is not there
   */
  public ContainerAssert(Container actual) {
    super(actual, ContainerAssert.class);
  }

  /**
   * Checks that the container sets the environment variable {@code name} to the literal {@code value}.
   *
   * @return this assertion
   */
  public ContainerAssert hasEnv(String name, String value) {
    return hasFieldValue(path().field("env").named(name), container -> envValue(container.getEnv(), name), value);
  }

  /** Navigates to the container's {@code livenessProbe}. */
  public ProbeAssert livenessProbe() {
    return probe(ProbeKind.LIVENESS);
  }

  /** Navigates to the container's {@code readinessProbe}. */
  public ProbeAssert readinessProbe() {
    return probe(ProbeKind.READINESS);
  }

  /** Navigates to the container's {@code startupProbe}. */
  public ProbeAssert startupProbe() {
    return probe(ProbeKind.STARTUP);
  }

  /** Navigates to the container's probe of {@code kind}. */
  ProbeAssert probe(ProbeKind kind) {
    return navigate(path().field(kind.fieldName()), kind::of, ProbeAssert::new);
  }

  private static String envValue(List<EnvVar> env, String name) {
    if (env == null) {
      return null;
    }
    return env.stream().filter(e -> name.equals(e.getName())).map(EnvVar::getValue).findFirst().orElse(null);
  }
}
