package dev.sparkapp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.annotation.Nullable;

/**
 * The declaration of one resource kind that the SDK models: how it is submitted (API group, version,
 * kind, plural, where its state is), where its {@code sparkConf} lives, its Spark pods ({@link KindPod})
 * and the parts that validation checks. Each kind writes its declaration once, in its own code, and
 * registers it in {@link ResourceKinds}; the presets, validation, {@code explain}, companions,
 * assertions, the CLI, the client and the YAML codec read the declaration and never switch on the kind.
 *
 * @param <R> the kind's model type
 */
public final class ResourceKind<R extends SparkResource> {
  /**
   * A part of a resource that validation checks, at its path: a SparkApplication's {@code spec}, a
   * ScheduledSparkApplication's {@code spec} and {@code spec.template}, a whole SparkConnect. Rules check
   * parts by their type, wherever a kind declares them.
   *
   * @param path where the part sits in the manifest
   * @param value the part
   */
  public record Part(FieldPath path, Object value) {
    /** Checks that both are set. */
    public Part {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The names an operator derives from a resource's {@code metadata.name}, which must stay valid
   * Kubernetes names: validation checks the name against them.
   *
   * @param reserved how many characters the operator appends for its longest derived name, which must
   *     fit a 63-character DNS label
   * @param format the derived name that asks for the DNS-1035 form, as a message names it, given the name
   *     ({@code the UI Service 'pi-ui-svc'})
   * @param longest the derived names that take the room, as a message names them, given the name ({@code
   *     the driver pod 'pi-driver' and the UI Service '<name>-ui-svc'})
   */
  public record DerivedNames(int reserved, UnaryOperator<String> format, UnaryOperator<String> longest) {
    /** Checks the arguments. */
    public DerivedNames {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(longest, "longest");
    }
  }

  private final Class<R> type;
  private final String group;
  private final String version;
  private final String kind;
  private final String plural;
  private final FieldPath sparkConfPath;
  private final Function<R, Optional<Map<String, String>>> sparkConf;
  private final BiFunction<R, Map<String, String>, R> withSparkConf;
  private final List<KindPod<R>> pods;
  private final Function<R, Optional<FieldPath>> missingPodHost;
  private final Function<R, Optional<String>> state;
  private final Function<R, List<Map.Entry<String, String>>> statusLines;
  private final Function<R, List<Part>> parts;
  @Nullable private final DerivedNames derivedNames;
  private final List<String> alsoServed;
  private final Function<R, List<Map.Entry<String, String>>> readinessBudget;
  @Nullable private final KindStatus status;

  private ResourceKind(Builder<R> b) {
    this.type = Objects.requireNonNull(b.type, "type");
    this.group = Objects.requireNonNull(b.group, "group");
    this.version = Objects.requireNonNull(b.version, "version");
    this.kind = Objects.requireNonNull(b.kind, "kind");
    this.plural = Objects.requireNonNull(b.plural, "plural");
    this.sparkConfPath = Objects.requireNonNull(b.sparkConfPath, "sparkConfPath");
    this.sparkConf = Objects.requireNonNull(b.sparkConf, "sparkConf");
    this.withSparkConf = Objects.requireNonNull(b.withSparkConf, "withSparkConf");
    this.pods = List.copyOf(b.pods);
    this.missingPodHost = b.missingPodHost == null ? r -> Optional.empty() : b.missingPodHost;
    this.state = Objects.requireNonNull(b.state, "state");
    this.statusLines = b.statusLines == null ? r -> List.of() : b.statusLines;
    this.parts = b.parts == null ? r -> List.of() : b.parts;
    this.derivedNames = b.derivedNames;
    this.alsoServed = List.copyOf(b.alsoServed);
    this.readinessBudget = b.readinessBudget == null ? r -> List.of() : b.readinessBudget;
    this.status = b.status;
  }

  /** Starts the declaration of the kind whose model type is {@code type}. */
  public static <R extends SparkResource> Builder<R> builder(Class<R> type) {
    Builder<R> builder = new Builder<>();
    builder.type = Objects.requireNonNull(type, "type");
    return builder;
  }

  /** The kind's model type, such as {@code SparkApplication.class}. */
  public Class<R> type() {
    return type;
  }

  /** The API group, such as {@code sparkoperator.k8s.io}. */
  public String group() {
    return group;
  }

  /** The version within {@link #group()}, such as {@code v1beta2}. */
  public String version() {
    return version;
  }

  /**
   * Returns how long the operator waits for {@code resource}'s pods to start and become ready before it fails
   * the resource, label and value, in order ({@code sparkapp explain} shows them next to the probes); empty for
   * a kind whose operator sets no such limit.
   */
  public List<Map.Entry<String, String>> readinessBudget(R resource) {
    return readinessBudget.apply(resource);
  }

  /**
   * Every version of {@link #group()} the SDK reads this kind in: {@link #version()} first, then those the
   * kind declares with {@link Builder#alsoServed}. A kind served in several versions keeps each resource's
   * {@code apiVersion} in its model, so that it is written back as read.
   */
  public List<String> servedVersions() {
    List<String> versions = new ArrayList<>();
    versions.add(version);
    versions.addAll(alsoServed);
    return List.copyOf(versions);
  }

  /** Whether manifests of this kind may write {@code apiVersion} ({@code group/version}). */
  public boolean serves(String apiVersion) {
    return servedVersions().stream().anyMatch(v -> (group + "/" + v).equals(apiVersion));
  }

  /** {@code group/version}, as manifests write {@code apiVersion}. */
  public String apiVersion() {
    return group + "/" + version;
  }

  /** The kind, as manifests write it. */
  public String kind() {
    return kind;
  }

  /** The plural used in REST paths, such as {@code sparkapplications}. */
  public String plural() {
    return plural;
  }

  /** Whether {@code resource} is of this kind. */
  public boolean isKindOf(@Nullable Object resource) {
    return type.isInstance(resource);
  }

  /** Returns {@code resource} as this kind's type; it must be of this kind. */
  public R cast(Object resource) {
    return type.cast(resource);
  }

  /** Where the kind's {@code sparkConf} sits, such as {@code spec.sparkConf}. */
  public FieldPath sparkConfPath() {
    return sparkConfPath;
  }

  /** Returns the {@code sparkConf} of {@code resource}, empty when not set. */
  public Map<String, String> sparkConf(R resource) {
    return sparkConf.apply(resource).orElse(Map.of());
  }

  /** Returns the {@code sparkConf} of {@code resource} as set, {@code null} when not set. */
  @Nullable
  public Map<String, String> sparkConfOrNull(R resource) {
    return sparkConf.apply(resource).orElse(null);
  }

  /** Returns {@code resource} with {@code sparkConf} replaced. */
  public R withSparkConf(R resource, @Nullable Map<String, String> conf) {
    return withSparkConf.apply(resource, conf);
  }

  /** Returns every Spark pod the kind declares, whether or not a given resource sets it. */
  public List<KindPod<R>> declaredPods() {
    return pods;
  }

  /** Returns the first pod the kind declares with {@code role}, or empty when it has none (no executors, say). */
  public Optional<KindPod<R>> declaredPod(dev.sparkapp.core.SparkPod role) {
    return pods.stream().filter(pod -> pod.role() == role).findFirst();
  }

  /** Returns the Spark pods of {@code resource}: none while {@link #missingPodHost} says where they would go. */
  public List<KindPod<R>> pods(R resource) {
    return missingPodHost(resource).isPresent() ? List.of() : pods;
  }

  /**
   * Returns the path of the field that holds the pods when {@code resource} lacks it (a
   * ScheduledSparkApplication without {@code spec.template}), else empty.
   */
  public Optional<FieldPath> missingPodHost(R resource) {
    return missingPodHost.apply(resource);
  }

  /** Returns the state the operator last wrote in {@code resource}'s status, empty when none. */
  public Optional<String> state(R resource) {
    return state.apply(resource);
  }

  /**
   * Returns how to read the kind's status as the server sends it (the states its operator writes, which are
   * final or failures, the attempt, the driver pod, retries): what the client's watch, wait and diagnosis
   * read. Empty for a kind declared without one, which the client cannot watch.
   */
  public Optional<KindStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * Returns the version a resource of this kind whose manifest writes {@code apiVersion} is sent to (its REST
   * path): that version when the kind serves it ({@link #servedVersions()}: {@code spark.apache.org/v1beta1}
   * goes to {@code v1beta1}), else {@link #version()}.
   */
  public String servedVersion(String apiVersion) {
    String version = apiVersion == null ? "" : apiVersion.substring(apiVersion.indexOf('/') + 1);
    return serves(apiVersion) ? version : this.version;
  }

  /** Returns the status fields worth showing to a person ({@code sparkapp status}), label and value, in order. */
  public List<Map.Entry<String, String>> statusLines(R resource) {
    return statusLines.apply(resource);
  }

  /** Returns the parts of {@code resource} that validation checks. */
  public List<Part> parts(R resource) {
    return parts.apply(resource);
  }

  /**
   * Returns the names the operator derives from {@code metadata.name}, checked by the generic name rule;
   * empty when the kind's own rules check its names (a SparkConnect's server pod and Service).
   */
  public Optional<DerivedNames> derivedNames() {
    return Optional.ofNullable(derivedNames);
  }

  @Override
  public String toString() {
    return apiVersion() + " " + kind;
  }

  /**
   * Builds a {@link ResourceKind}.
   *
   * @param <R> the kind's model type
   */
  public static final class Builder<R extends SparkResource> {
    private Class<R> type;
    private String group;
    private String version;
    private final List<String> alsoServed = new ArrayList<>();
    private Function<R, List<Map.Entry<String, String>>> readinessBudget;
    private String kind;
    private String plural;
    private FieldPath sparkConfPath;
    private Function<R, Optional<Map<String, String>>> sparkConf;
    private BiFunction<R, Map<String, String>, R> withSparkConf;
    private final List<KindPod<R>> pods = new ArrayList<>();
    private Function<R, Optional<FieldPath>> missingPodHost;
    private Function<R, Optional<String>> state;
    private Function<R, List<Map.Entry<String, String>>> statusLines;
    private Function<R, List<Part>> parts;
    private DerivedNames derivedNames;
    private KindStatus status;

    private Builder() {}

    /** Sets how to read the kind's status as the server sends it; a kind without one cannot be watched. */
    public Builder<R> status(KindStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /** Sets the names the operator derives from {@code metadata.name}. */
    public Builder<R> derivedNames(DerivedNames names) {
      this.derivedNames = names;
      return this;
    }

    /** Sets the operator's time limits on the pods' start and readiness; none when not set. */
    public Builder<R> readinessBudget(Function<R, List<Map.Entry<String, String>>> budget) {
      this.readinessBudget = budget;
      return this;
    }

    /**
     * Declares further versions that the API server serves for the kind with the same meaning (a subset of
     * {@code version}'s schema); each is read into the model with its {@code apiVersion} kept, and checked
     * against its own schema.
     */
    public Builder<R> alsoServed(String... versions) {
      alsoServed.addAll(List.of(versions));
      return this;
    }

    /** Sets how the kind is submitted: API group, version, kind and REST plural. */
    public Builder<R> submittedAs(String group, String version, String kind, String plural) {
      this.group = group;
      this.version = version;
      this.kind = kind;
      this.plural = plural;
      return this;
    }

    /** Sets where {@code sparkConf} sits, how to read it and how to replace it. */
    public Builder<R> sparkConf(FieldPath path, Function<R, Optional<Map<String, String>>> read,
        BiFunction<R, Map<String, String>, R> write) {
      this.sparkConfPath = path;
      this.sparkConf = read;
      this.withSparkConf = write;
      return this;
    }

    /** Adds a Spark pod of the kind. */
    public Builder<R> pod(KindPod<R> pod) {
      pods.add(Objects.requireNonNull(pod, "pod"));
      return this;
    }

    /** Declares that the pods live in a field that may be absent, at the path {@code missing} returns. */
    public Builder<R> podHost(Function<R, Optional<FieldPath>> missing) {
      this.missingPodHost = missing;
      return this;
    }

    /** Sets how to read the operator's state from the status. */
    public Builder<R> state(Function<R, Optional<String>> state) {
      this.state = state;
      return this;
    }

    /** Sets the status fields shown to a person. */
    public Builder<R> statusLines(Function<R, List<Map.Entry<String, String>>> lines) {
      this.statusLines = lines;
      return this;
    }

    /** Sets the parts that validation checks. */
    public Builder<R> parts(Function<R, List<Part>> parts) {
      this.parts = parts;
      return this;
    }

    /** Returns the declaration. */
    public ResourceKind<R> build() {
      return new ResourceKind<>(this);
    }
  }
}
