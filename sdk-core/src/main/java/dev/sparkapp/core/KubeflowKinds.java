package dev.sparkapp.core;

import java.util.List;

/**
 * The kubeflow spark-operator's kinds ({@code sparkoperator.k8s.io}): SparkApplication, ScheduledSparkApplication
 * and SparkConnect, as a {@link ResourceKindProvider}. Public only because {@link java.util.ServiceLoader}
 * instantiates it; use {@link ResourceKinds}.
 */
public final class KubeflowKinds implements ResourceKindProvider {
  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public KubeflowKinds() {}

  @Override
  public List<ResourceKind<?>> kinds() {
    return List.of(SparkApplicationKind.KIND, ScheduledSparkApplicationKind.KIND, SparkConnectKind.KIND);
  }
}
