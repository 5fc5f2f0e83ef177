package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * One Spark pod of a resource kind, as the kind declares it ({@link ResourceKind#declaredPods()}): the role Spark
 * gives it, where its spec and its pod template sit in the manifest, how to read and replace that
 * template in a value, how its operator picks Spark's container, and the {@code sparkConf} keys of the
 * ports it listens on. The presets, validation, {@code explain}, companions and assertions read pods
 * only through this declaration.
 *
 * @param <R> the resource kind's type
 */
public final class KindPod<R> {
  /**
   * Replaces the pod's template (and, for a pod with a {@code javaOptions} field, that field) in a
   * resource, clearing the probe presets its builder recorded.
   *
   * @param <R> the resource kind's type
   */
  @FunctionalInterface
  public interface Writer<R> {
    /** Returns {@code resource} with the pod's template {@code template} and {@code javaOptions}. */
    R write(R resource, PodTemplateSpec template, @Nullable String javaOptions);
  }

  private final SparkPod role;
  private final FieldPath path;
  private final FieldPath templatePath;
  private final SparkContainerRule containerRule;
  private final Map<String, List<String>> portKeys;
  private final Function<R, Optional<PodTemplateSpec>> template;
  private final Function<R, Map<ProbeKind, AttachableProbe>> recorded;
  private final boolean hasJavaOptions;
  private final Function<R, Optional<String>> javaOptions;
  private final Writer<R> writer;
  @Nullable private final String requireNamedContainer;
  @Nullable private final String requireNamedContainerShort;

  private KindPod(Builder<R> b) {
    this.role = Objects.requireNonNull(b.role, "role");
    this.path = Objects.requireNonNull(b.path, "path");
    this.templatePath = Objects.requireNonNull(b.templatePath, "templatePath");
    this.containerRule = Objects.requireNonNull(b.containerRule, "containerRule");
    this.portKeys = Map.copyOf(b.portKeys);
    this.template = Objects.requireNonNull(b.template, "template");
    this.recorded = b.recorded == null ? r -> Map.of() : b.recorded;
    this.hasJavaOptions = b.javaOptions != null;
    this.javaOptions = b.javaOptions == null ? r -> Optional.empty() : b.javaOptions;
    this.writer = Objects.requireNonNull(b.writer, "writer");
    this.requireNamedContainer = b.requireNamedContainer;
    this.requireNamedContainerShort = b.requireNamedContainerShort;
  }

  /** Starts the declaration of a pod with {@code role}. */
  public static <R> Builder<R> builder(SparkPod role) {
    Builder<R> builder = new Builder<>();
    builder.role = Objects.requireNonNull(role, "role");
    return builder;
  }

  /** The role Spark gives the pod: driver (also a Spark Connect server) or executor. */
  public SparkPod role() {
    return role;
  }

  /** Where the pod's spec sits in the manifest, such as {@code spec.driver} or {@code spec.template.executor}. */
  public FieldPath path() {
    return path;
  }

  /** Where the pod's template sits in the manifest, such as {@code spec.driver.template}. */
  public FieldPath templatePath() {
    return templatePath;
  }

  /** The path of the template's containers list. */
  public FieldPath containersPath() {
    return templatePath.field("spec").field("containers");
  }

  /** How the pod's operator picks Spark's container. */
  public SparkContainerRule containerRule() {
    return containerRule;
  }

  /**
   * The {@code sparkConf} keys that set the pod's ports, by port name ({@code ui}, {@code driver-rpc},
   * {@code block-manager}, {@code connect-grpc}), most specific key first; a port the pod does not open
   * is absent.
   */
  public Map<String, List<String>> portKeys() {
    return portKeys;
  }

  /** Returns the pod's template in {@code resource}, empty when not set. */
  public Optional<PodTemplateSpec> template(R resource) {
    return template.apply(resource);
  }

  /** Returns the probe presets the pod's builder recorded and {@code build()} has not attached yet. */
  public Map<ProbeKind, AttachableProbe> recorded(R resource) {
    return recorded.apply(resource);
  }

  /** Whether the pod has a {@code javaOptions} field; without one its JVM options go to {@code sparkConf}. */
  public boolean hasJavaOptions() {
    return hasJavaOptions;
  }

  /** Returns the pod's {@code javaOptions} in {@code resource}, empty when unset or absent. */
  public Optional<String> javaOptions(R resource) {
    return javaOptions.apply(resource);
  }

  /** Returns {@code resource} with this pod's template and {@code javaOptions} replaced. */
  public R write(R resource, PodTemplateSpec template, @Nullable String javaOptions) {
    return writer.write(resource, template, javaOptions);
  }

  /**
   * Returns what runs in the pod when a probe must find the container of the configured name: a preset
   * refuses a template whose containers all have other names, because the operator would then run
   * {@code what} in the first. Empty when the SDK instead adds a container of that name, which Spark
   * then picks (a SparkApplication's driver and executors).
   */
  public Optional<String> requiresNamedContainer() {
    return Optional.ofNullable(requireNamedContainer);
  }

  /** Returns the short name of what runs in the pod, for messages ({@code the server}); see {@link #requiresNamedContainer}. */
  public String requiresNamedContainerShort() {
    return requireNamedContainerShort == null ? "the Spark process" : requireNamedContainerShort;
  }

  @Override
  public String toString() {
    return "KindPod{" + role + " at " + path + "}";
  }

  /**
   * Builds a {@link KindPod}; {@code path}, {@code templatePath}, {@code containerRule}, {@code template}
   * and {@code writer} are required.
   *
   * @param <R> the resource kind's type
   */
  public static final class Builder<R> {
    private SparkPod role;
    private FieldPath path;
    private FieldPath templatePath;
    private SparkContainerRule containerRule;
    private final Map<String, List<String>> portKeys = new java.util.LinkedHashMap<>();
    private Function<R, Optional<PodTemplateSpec>> template;
    private Function<R, Map<ProbeKind, AttachableProbe>> recorded;
    private Function<R, Optional<String>> javaOptions;
    private Writer<R> writer;
    private String requireNamedContainer;
    private String requireNamedContainerShort;

    private Builder() {}

    /** Declares that the presets refuse a template without a container of the configured name ({@link KindPod#requiresNamedContainer}), naming it {@code what} and, shorter, {@code shortWhat}. */
    public Builder<R> requireNamedContainer(String what, String shortWhat) {
      this.requireNamedContainer = Objects.requireNonNull(what, "what");
      this.requireNamedContainerShort = Objects.requireNonNull(shortWhat, "shortWhat");
      return this;
    }

    /** Sets where the pod's spec sits, and its template at {@code templateField} under it. */
    public Builder<R> at(FieldPath path, FieldPath templatePath) {
      this.path = Objects.requireNonNull(path, "path");
      this.templatePath = Objects.requireNonNull(templatePath, "templatePath");
      return this;
    }

    /** Sets how the pod's operator picks Spark's container. */
    public Builder<R> containerRule(SparkContainerRule rule) {
      this.containerRule = rule;
      return this;
    }

    /**
     * Declares the ports Spark itself opens in a pod of this role, whatever the operator: a driver's UI
     * ({@code spark.ui.port}), RPC endpoint ({@code spark.driver.port}) and block manager ({@code
     * spark.driver.blockManager.port}, else {@code spark.blockManager.port}); an executor's block manager.
     */
    public Builder<R> sparkPorts() {
      if (role == SparkPod.DRIVER) {
        port("ui", SparkPorts.UI_PORT)
            .port("driver-rpc", SparkPorts.DRIVER_PORT)
            .port("block-manager", SparkPorts.DRIVER_BLOCK_MANAGER_PORT, SparkPorts.BLOCK_MANAGER_PORT);
      } else {
        port("block-manager", SparkPorts.BLOCK_MANAGER_PORT);
      }
      return this;
    }

    /** Declares that {@code keys} (most specific first) set the port {@code name}. */
    public Builder<R> port(String name, String... keys) {
      portKeys.put(Objects.requireNonNull(name, "name"), List.of(keys));
      return this;
    }

    /** Sets how to read the pod's template from a resource. */
    public Builder<R> template(Function<R, Optional<PodTemplateSpec>> template) {
      this.template = template;
      return this;
    }

    /** Sets how to read the presets the pod's builder recorded; none when not set. */
    public Builder<R> recorded(Function<R, Map<ProbeKind, AttachableProbe>> recorded) {
      this.recorded = recorded;
      return this;
    }

    /** Declares that the pod has a {@code javaOptions} field, read by {@code javaOptions}. */
    public Builder<R> javaOptions(Function<R, Optional<String>> javaOptions) {
      this.javaOptions = javaOptions;
      return this;
    }

    /** Sets how to replace the pod's template and {@code javaOptions} in a resource. */
    public Builder<R> writer(Writer<R> writer) {
      this.writer = writer;
      return this;
    }

    /** Returns the declaration. */
    public KindPod<R> build() {
      return new KindPod<>(this);
    }
  }
}
