package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One probe found in an application's pod templates, with what it checks and its {@link ProbeTiming}:
 * the rows of {@code sparkapp explain}.
 */
public final class ExplainedProbe {
  private static final int MAX_EXEC_SHOWN = 40;

  private final SparkPod pod;
  private final String podField;
  private final String container;
  private final ProbeKind kind;
  private final FieldPath path;
  private final String check;
  private final ProbeTiming timing;

  private ExplainedProbe(SparkPod pod, String podField, String container, ProbeKind kind, FieldPath path,
      String check, ProbeTiming timing) {
    this.pod = pod;
    this.podField = podField;
    this.container = container;
    this.kind = kind;
    this.path = path;
    this.check = check;
    this.timing = timing;
  }

  /**
   * Returns every probe of every container in the pod templates of {@code resource}'s Spark pods, as its
   * kind declares them ({@link ResourceKinds}), in declaration order (driver or server first), in
   * container order, liveness before readiness before startup; none for a resource of no registered
   * kind.
   */
  public static List<ExplainedProbe> allOf(SparkResource resource) {
    Objects.requireNonNull(resource, "resource");
    return ResourceKinds.find(resource).map(kind -> rows(kind, resource)).orElse(List.of());
  }

  private static <R extends SparkResource> List<ExplainedProbe> rows(ResourceKind<R> kind, Object resource) {
    R typed = kind.cast(resource);
    List<ExplainedProbe> rows = new ArrayList<>();
    for (KindPod<R> pod : kind.pods(typed)) {
      String text = pod.path().toString();
      addPod(rows, pod.role(), text.substring(text.lastIndexOf('.') + 1), pod.template(typed).orElse(null),
          pod.containersPath());
    }
    return List.copyOf(rows);
  }

  /**
   * Returns every probe of every container in the driver's and executors' pod templates of {@code spec},
   * driver first, in container order, liveness before readiness before startup. {@code base} is the path
   * of {@code spec} in its manifest: {@code spec}, or {@code spec.template} in a ScheduledSparkApplication.
   */
  public static List<ExplainedProbe> allOf(SparkApplicationSpec spec, FieldPath base) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(base, "base");
    List<ExplainedProbe> rows = new ArrayList<>();
    for (SparkPod pod : SparkPod.applicationRoles()) {
      addPod(rows, pod, pod.specField(), pod.specIn(spec).flatMap(SparkPodSpec::template).orElse(null),
          base.field(pod.specField()).field("template").field("spec").field("containers"));
    }
    return List.copyOf(rows);
  }

  /**
   * Returns every probe of every container in the server's ({@code spec.server}, reported as the driver:
   * the server is Spark's driver) and executors' pod templates of {@code connect}, in the order of
   * {@link #allOf(SparkApplicationSpec, FieldPath)}. Same as {@link #allOf(SparkResource)}.
   */
  public static List<ExplainedProbe> allOf(SparkConnect connect) {
    return allOf((SparkResource) Objects.requireNonNull(connect, "connect"));
  }

  private static void addPod(List<ExplainedProbe> rows, SparkPod pod, String podField,
      @Nullable PodTemplateSpec template, FieldPath containers) {
    PodSpec spec = template == null ? null : template.getSpec();
    if (spec == null || spec.getContainers() == null) {
      return;
    }
    for (Container container : spec.getContainers()) {
      String name = container.getName() == null ? "" : container.getName();
      FieldPath containerPath = containers.named(name);
      for (ProbeKind kind : ProbeKind.values()) {
        add(rows, pod, podField, name, kind, kind.of(container), containerPath);
      }
    }
  }

  private static void add(List<ExplainedProbe> rows, SparkPod pod, String podField, String container,
      ProbeKind kind, Probe probe, FieldPath containerPath) {
    if (probe != null) {
      rows.add(new ExplainedProbe(pod, podField, container, kind, containerPath.field(kind.fieldName()), describe(probe),
          ProbeTiming.of(kind, probe)));
    }
  }

  /**
   * Returns a one-line description of what {@code probe} checks, for example {@code http GET :4040/api/v1/version};
   * the exec presets by name and limit ({@code exec job-progress (stall 15m)}) rather than their scripts.
   */
  static String describe(Probe probe) {
    if (probe.getHttpGet() != null) {
      String scheme = probe.getHttpGet().getScheme() == null ? "http" : probe.getHttpGet().getScheme().toLowerCase();
      String path = probe.getHttpGet().getPath() == null ? "/" : probe.getHttpGet().getPath();
      return scheme + " GET :" + port(probe.getHttpGet().getPort()) + path;
    }
    if (probe.getTcpSocket() != null) {
      return "tcp :" + port(probe.getTcpSocket().getPort());
    }
    if (probe.getGrpc() != null) {
      return "grpc :" + probe.getGrpc().getPort();
    }
    if (probe.getExec() != null && probe.getExec().getCommand() != null) {
      Optional<RecognizedPreset> preset = Probes.recognize(probe);
      if (preset.isPresent()) {
        return "exec " + preset.get().describe();
      }
      String command = String.join(" ", probe.getExec().getCommand()).replaceAll("\\s+", " ");
      return "exec " + (command.length() > MAX_EXEC_SHOWN ? command.substring(0, MAX_EXEC_SHOWN) + "…" : command);
    }
    return "no handler";
  }

  private static String port(IntOrString port) {
    if (port == null) {
      return "?";
    }
    return port.getIntVal() != null ? port.getIntVal().toString() : port.getStrVal();
  }

  /** Returns the pod the probe belongs to. */
  public SparkPod pod() {
    return pod;
  }

  /**
   * Returns the field under {@code spec} of the pod spec that holds the probe: {@code driver}, {@code
   * executor}, or {@code server} for a SparkConnect's server.
   */
  public String podField() {
    return podField;
  }

  /** Returns the name of the container that holds the probe. */
  public String container() {
    return container;
  }

  /** Returns the kind of probe. */
  public ProbeKind kind() {
    return kind;
  }

  /** Returns the probe's path in the manifest. */
  public FieldPath path() {
    return path;
  }

  /** Returns a one-line description of what the probe checks, such as {@code tcp :7078}. */
  public String check() {
    return check;
  }

  /** Returns how fast the probe reacts. */
  public ProbeTiming timing() {
    return timing;
  }

  @Override
  public String toString() {
    return path + " " + check + " " + timing;
  }
}
