package dev.sparkapp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.annotation.Nullable;

/**
 * The one registration of the resource kinds the SDK models. Everything that handles a resource whatever
 * its kind (presets, validation, {@code explain}, companions, assertions, the CLI, the client, the YAML
 * codec) finds the kind's {@link ResourceKind} here.
 *
 * <p><b>Adding a kind</b> touches that kind's own files and the list below. A kind provides:
 * <ol>
 *   <li>its model: an Immutables value type extending {@link SparkResource} ({@code apiVersion()},
 *       {@code kind()}, {@code metadata()}), its spec and status values, and a builder whose {@code
 *       build()} attaches the recorded presets with {@code ProbeSet.none().applyToAny(...)};</li>
 *   <li>its declaration, a {@link ResourceKind} built in its own class: how it is submitted ({@code
 *       submittedAs(group, version, kind, plural)}, {@code state(...)}, {@code statusLines(...)}, and {@code
 *       status(...)}: a {@link KindStatus} that says how the client watches, waits for and diagnoses it); where
 *       its {@code sparkConf} lives and how to replace it; each Spark pod as a {@link KindPod} (role, the
 *       path of its spec and of its pod template, however deep, such as {@code
 *       spec.driverSpec.podTemplateSpec} or a StatefulSet's {@code template}; how to read and replace the
 *       template; its {@link SparkContainerRule}, {@link SparkContainerRule#configuredByOperator} or
 *       {@link SparkContainerRule#configuredInSparkConf}; the {@code sparkConf} keys of its ports; its
 *       {@code javaOptions} field if it has one) — a kind without executors simply declares no executor
 *       pod; and the parts that validation checks ({@code parts(...)});</li>
 *   <li>its CRD schema under {@code sdk-yaml/src/crd/}, named in {@code CrdSchemas};</li>
 *   <li>validation rules for its own part types, if any, as rule families in {@code
 *       dev.sparkapp.core.validate};</li>
 *   <li>one registration: its kinds in a {@link ResourceKindProvider} (the Apache operator's is {@code
 *       ApacheKinds}, kubeflow's {@link KubeflowKinds}) and that class's name as one line of {@code
 *       sdk-core/src/main/resources/META-INF/services/dev.sparkapp.core.ResourceKindProvider}.</li>
 * </ol>
 */
public final class ResourceKinds {
  /** Every registered kind, from the providers in the order of the services file. */
  private static final List<ResourceKind<?>> ALL = load();

  private static List<ResourceKind<?>> load() {
    List<ResourceKind<?>> kinds = new ArrayList<>();
    for (ResourceKindProvider provider : ServiceLoader.load(ResourceKindProvider.class, ResourceKinds.class.getClassLoader())) {
      kinds.addAll(provider.kinds());
    }
    if (kinds.isEmpty()) {
      throw new SparkAppException("no resource kind is registered: the sdk-core jar's "
          + "META-INF/services/dev.sparkapp.core.ResourceKindProvider is missing (a shaded jar must keep services files)");
    }
    return List.copyOf(kinds);
  }

  private ResourceKinds() {}

  /** Returns every registered kind, in registration order. */
  public static List<ResourceKind<?>> all() {
    return ALL;
  }

  /** Returns the kind of {@code resource}, or empty when it is of no registered kind (a ConfigMap, say). */
  public static Optional<ResourceKind<?>> find(@Nullable Object resource) {
    for (ResourceKind<?> kind : ALL) {
      if (kind.isKindOf(resource)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Returns the kind whose model type is {@code type} or a supertype of it, or empty. */
  @SuppressWarnings("unchecked")
  public static <R extends SparkResource> Optional<ResourceKind<R>> find(Class<R> type) {
    Objects.requireNonNull(type, "type");
    for (ResourceKind<?> kind : ALL) {
      if (kind.type().isAssignableFrom(type)) {
        return Optional.of((ResourceKind<R>) kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the kind of {@code type}.
   *
   * @throws InvalidArgumentException when no registered kind has that type
   */
  public static <R extends SparkResource> ResourceKind<R> of(Class<R> type) {
    return find(type).orElseThrow(() -> new InvalidArgumentException("not a resource kind the SDK models: "
        + type.getName() + "; the kinds are " + names()));
  }

  /** Returns the kind manifests write as {@code apiVersion} and {@code kind}, or empty. */
  public static Optional<ResourceKind<?>> find(String apiVersion, String kind) {
    for (ResourceKind<?> candidate : ALL) {
      if (candidate.serves(apiVersion) && candidate.kind().equals(kind)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Returns the kind named {@code kind} (any version), or empty. */
  public static Optional<ResourceKind<?>> findByKind(String kind) {
    return ALL.stream().filter(k -> k.kind().equals(kind)).findFirst();
  }

  /** Returns the registered kinds as {@code apiVersion kind}, joined for messages. */
  public static String names() {
    return String.join(", ", ALL.stream().map(ResourceKind::toString).toList());
  }
}
