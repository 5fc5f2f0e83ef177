package dev.sparkapp.sparkit;

import dev.sparkapp.core.DriverSpec;
import dev.sparkapp.core.DynamicAllocation;
import dev.sparkapp.core.ExecutorSpec;
import dev.sparkapp.core.MonitoringSpec;
import dev.sparkapp.core.NameKey;
import dev.sparkapp.core.PrometheusSpec;
import dev.sparkapp.core.SecretInfo;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the kubeflow spark-operator v2.5.2 passes to {@code spark-submit} for a {@link SparkApplication}: a
 * transcription of {@code internal/controller/sparkapplication/submission.go} at tag v2.5.2
 * ({@code buildSparkSubmitArgs} and its option functions, in their order), with the constants of
 * {@code pkg/common/spark.go}. Each {@code --conf} is put into {@link #conf()} in the order the operator
 * passes it, so that a later one replaces an earlier one as in spark-submit: the user's {@code sparkConf}
 * first, the operator's own options after it (pod templates, their container names, labels, cores...).
 *
 * <p>Pod templates are written to files as the operator does ({@code driverPodTemplateOption},
 * {@code executorPodTemplateOption}): the user's template, or one with only the Spark container when there
 * is none, plus the owner reference. Before that, as the controller does before it submits
 * ({@code configPrometheusMonitoring} in {@code monitoring_config.go}), {@code spec.monitoring.prometheus} adds
 * the JMX agent to the driver's and executors' Java options and the metrics properties to sparkConf. Not
 * transcribed: {@code --master} (no cluster here), the web UI options of {@code configWebUI} and
 * {@code --load-spark-defaults} (a feature gate, off by default).
 */
final class OperatorSubmission {
  /** {@code common.SparkDriverContainerName}. */
  static final String DRIVER_CONTAINER = "spark-kubernetes-driver";
  /** {@code common.Spark3DefaultExecutorContainerName}. */
  static final String EXECUTOR_CONTAINER = "spark-kubernetes-executor";
  /** {@code common.SparkLocalDirVolumePrefix}. */
  static final String LOCAL_DIR_PREFIX = "spark-local-dir-";
  private static final String SUBMISSION_ID = "00000000-0000-0000-0000-000000000001";

  private final Map<String, String> conf = new LinkedHashMap<>();
  private final String mainApplicationFile;
  private final String mainClass;
  private final List<String> arguments;
  private final String type;

  private OperatorSubmission(SparkApplication app, Path templateDirectory) {
    SparkApplicationSpec spec = app.spec();
    String name = app.metadata().getName();
    DriverSpec driver = spec.driver().orElse(DriverSpec.builder().build());
    ExecutorSpec executor = spec.executor().orElse(ExecutorSpec.builder().build());
    String sparkVersion = spec.sparkVersion().orElse("");
    Map<String, String> sparkConf = new LinkedHashMap<>(map(spec.sparkConf()));
    Map<String, String> driverAnnotations = new LinkedHashMap<>(map(driver.annotations()));
    Map<String, String> executorAnnotations = new LinkedHashMap<>(map(executor.annotations()));
    Optional<String> driverJavaOptions = driver.javaOptions();
    Optional<String> executorJavaOptions = executor.javaOptions();
    Optional<PrometheusSpec> prometheus = spec.monitoring().flatMap(MonitoringSpec::prometheus);
    if (prometheus.isPresent()) {
      MonitoringSpec monitoring = spec.monitoring().orElseThrow();
      int port = prometheus.get().port().orElse(8090);
      String javaOption = "-javaagent:" + prometheus.get().jmxExporterJar() + "=" + port + ":"
          + prometheus.get().configFile().orElse("/etc/metrics/conf/prometheus.yaml");
      sparkConf.put("spark.metrics.namespace", app.metadata().getNamespace() + "." + name);
      sparkConf.put("spark.metrics.conf",
          monitoring.metricsPropertiesFile().orElse("/etc/metrics/conf/metrics.properties"));
      Map<String, String> scrape = Map.of("prometheus.io/scrape", "true", "prometheus.io/port",
          Integer.toString(port), "prometheus.io/path", "/metrics");
      if (Boolean.TRUE.equals(monitoring.exposeDriverMetrics())) {
        driverAnnotations.putAll(scrape);
        driverJavaOptions = Optional.of(driverJavaOptions.map(o -> o + " " + javaOption).orElse(javaOption));
      }
      if (Boolean.TRUE.equals(monitoring.exposeExecutorMetrics())) {
        executorAnnotations.putAll(scrape);
        executorJavaOptions = Optional.of(executorJavaOptions.map(o -> o + " " + javaOption).orElse(javaOption));
      }
    }

    // namespaceOption
    put("spark.kubernetes.namespace", Optional.ofNullable(app.metadata().getNamespace()).orElse("default"));
    // imageOption
    spec.image().filter(i -> !i.isEmpty()).ifPresent(i -> put("spark.kubernetes.container.image", i));
    spec.imagePullPolicy().filter(p -> !p.isEmpty())
        .ifPresent(p -> put("spark.kubernetes.container.image.pullPolicy", p));
    if (!list(spec.imagePullSecrets()).isEmpty()) {
      put("spark.kubernetes.container.image.pullSecrets", String.join(",", list(spec.imagePullSecrets())));
    }
    // pythonVersionOption, memoryOverheadFactorOption, submissionWaitAppCompletionOption
    spec.pythonVersion().ifPresent(v -> put("spark.kubernetes.pyspark.pythonVersion", String.valueOf(v)));
    spec.memoryOverheadFactor().filter(f -> !f.isEmpty())
        .ifPresent(f -> put("spark.kubernetes.memoryOverheadFactor", f));
    put("spark.kubernetes.submission.waitAppCompletion", "false");
    // sparkConfOption: the user's sparkConf, except the driver pod name (driverPodNameOption sets it)
    sparkConf.forEach((key, value) -> {
      if (!key.equals("spark.kubernetes.driver.pod.name")) {
        put(key, value);
      }
    });
    // hadoopConfOption
    map(spec.hadoopConf()).forEach((key, value) -> put("spark.hadoop." + key, value));
    // driverPodTemplateOption
    Path driverTemplate = writeTemplate(driver.template().orElse(null), DRIVER_CONTAINER, app, true,
        templateDirectory.resolve("driver-pod-template.yaml"));
    put("spark.kubernetes.driver.podTemplateFile", driverTemplate.toString());
    put("spark.kubernetes.driver.podTemplateContainerName", DRIVER_CONTAINER);
    // driverPodNameOption (util.GetDriverPodName)
    put("spark.kubernetes.driver.pod.name", driver.podName().filter(n -> !n.isEmpty())
        .or(() -> Optional.ofNullable(sparkConf.get("spark.kubernetes.driver.pod.name"))
            .filter(n -> !n.isEmpty()))
        .orElse(name + "-driver"));
    // driverConfOption
    podLabels("spark.kubernetes.driver.label.", app, driver, sparkVersion);
    podResources("driver", spec, driver);
    driverJavaOptions.ifPresent(o -> put("spark.driver.extraJavaOptions", o));
    driver.kubernetesMaster().ifPresent(m -> put("spark.kubernetes.driver.master", m));
    appLabels("spark.kubernetes.driver.label.", app);
    map(driver.labels()).forEach((k, v) -> put("spark.kubernetes.driver.label." + k, v));
    driverAnnotations.forEach((k, v) -> put("spark.kubernetes.driver.annotation." + k, v));
    map(driver.serviceLabels()).forEach((k, v) -> put("spark.kubernetes.driver.service.label." + k, v));
    map(driver.serviceAnnotations()).forEach((k, v) -> put("spark.kubernetes.driver.service.annotation." + k, v));
    secretKeyRefs("spark.kubernetes.driver.secretKeyRef.", map(driver.envSecretKeyRefs()));
    // driverEnvOption
    map(driver.envVars()).forEach((k, v) -> put("spark.kubernetes.driverEnv." + k, v));
    // driverSecretOption
    secrets("driver", "spark.kubernetes.driverEnv.", driver);
    // driverVolumeMountsOption
    localDirVolumes("driver", list(spec.volumes()), list(driver.volumeMounts()));
    // executorPodTemplateOption
    Path executorTemplate = writeTemplate(executor.template().orElse(null), EXECUTOR_CONTAINER, app, false,
        templateDirectory.resolve("executor-pod-template.yaml"));
    put("spark.kubernetes.executor.podTemplateFile", executorTemplate.toString());
    put("spark.kubernetes.executor.podTemplateContainerName", EXECUTOR_CONTAINER);
    // executorConfOption
    podLabels("spark.kubernetes.executor.label.", app, executor, sparkVersion);
    executor.instances().ifPresent(i -> put("spark.executor.instances", i.toString()));
    podResources("executor", spec, executor);
    executor.deleteOnTermination()
        .ifPresent(d -> put("spark.kubernetes.executor.deleteOnTermination", d.toString()));
    appLabels("spark.kubernetes.executor.label.", app);
    map(executor.labels()).forEach((k, v) -> put("spark.kubernetes.executor.label." + k, v));
    executorAnnotations.forEach((k, v) -> put("spark.kubernetes.executor.annotation." + k, v));
    secretKeyRefs("spark.kubernetes.executor.secretKeyRef.", map(executor.envSecretKeyRefs()));
    executorJavaOptions.ifPresent(o -> put("spark.executor.extraJavaOptions", o));
    // executorEnvOption
    map(executor.envVars()).forEach((k, v) -> put("spark.executorEnv." + k, v));
    // executorSecretOption
    secrets("executor", "spark.executorEnv.", executor);
    // executorVolumeMountsOption
    localDirVolumes("executor", list(spec.volumes()), list(executor.volumeMounts()));
    // nodeSelectorOption
    map(spec.nodeSelector()).forEach((k, v) -> put("spark.kubernetes.node.selector." + k, v));
    // dynamicAllocationOption
    spec.dynamicAllocation().filter(d -> d.enabled().orElse(false)).ifPresent(this::dynamicAllocation);
    // dependenciesOption: --jars, --packages, ... which spark-submit turns into these properties, over any
    // --conf of the same key (SparkSubmitArguments prefers its command-line options)
    spec.deps().ifPresent(deps -> {
      joined("spark.jars", list(deps.jars()));
      joined("spark.jars.packages", list(deps.packages()));
      joined("spark.jars.excludes", list(deps.excludePackages()));
      joined("spark.jars.repositories", list(deps.repositories()));
      joined("spark.submit.pyFiles", list(deps.pyFiles()));
      joined("spark.files", list(deps.files()));
      joined("spark.archives", list(deps.archives()));
    });
    // --class, mainApplicationFileOption, applicationOption
    this.mainClass = spec.mainClass().orElse(null);
    this.mainApplicationFile = spec.mainApplicationFile().orElse(null);
    this.arguments = list(spec.arguments());
    this.type = spec.type().map(String::valueOf).orElse("Scala");
  }

  /**
   * The submission of {@code app}, its pod templates written under {@code templateDirectory}.
   *
   * @throws IllegalArgumentException where the operator refuses to submit (a local-dir mount with no volume)
   */
  static OperatorSubmission of(SparkApplication app, Path templateDirectory) {
    return new OperatorSubmission(app, templateDirectory);
  }

  /** The {@code --conf} properties in the order the operator passes them, later ones having replaced earlier. */
  Map<String, String> conf() {
    return conf;
  }

  String mainApplicationFile() {
    return mainApplicationFile;
  }

  String mainClass() {
    return mainClass;
  }

  List<String> arguments() {
    return arguments;
  }

  /** {@code spec.type} as spelled in the manifest: Scala, Java, Python or R. */
  String type() {
    return type;
  }

  /** The model keeps an absent list as {@code null}; the operator's Go code reads it as empty. */
  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  /** The model keeps an absent map as {@code null}; the operator's Go code reads it as empty. */
  static <K, V> Map<K, V> map(Map<K, V> values) {
    return values == null ? Map.of() : values;
  }

  private void put(String key, String value) {
    conf.remove(key);
    conf.put(key, value);
  }

  private void joined(String key, List<String> values) {
    if (!values.isEmpty()) {
      put(key, String.join(",", values));
    }
  }

  /** Image, cores, memory and service account of the driver or executor ({@code role}), in the operator's keys. */
  private void podResources(String role, SparkApplicationSpec spec, SparkPodSpec pod) {
    pod.image().filter(i -> !i.isEmpty()).or(() -> spec.image().filter(i -> !i.isEmpty()))
        .ifPresent(i -> put("spark.kubernetes." + role + ".container.image", i));
    pod.cores().ifPresent(c -> put("spark." + role + ".cores", c.toString()));
    pod.coreRequest().ifPresent(c -> put("spark.kubernetes." + role + ".request.cores", c));
    pod.coreLimit().ifPresent(c -> put("spark.kubernetes." + role + ".limit.cores", c));
    pod.memory().ifPresent(m -> put("spark." + role + ".memory", m));
    pod.memoryOverhead().ifPresent(m -> put("spark." + role + ".memoryOverhead", m));
    pod.serviceAccount().ifPresent(a -> put("spark.kubernetes.authenticate." + role + ".serviceAccountName", a));
  }

  private void podLabels(String prefix, SparkApplication app, SparkPodSpec pod, String sparkVersion) {
    put(prefix + "sparkoperator.k8s.io/app-name", app.metadata().getName());
    put(prefix + "sparkoperator.k8s.io/launched-by-spark-operator", "true");
    if (SparkVersions.lessThan3(sparkVersion) || pod.template().isEmpty()) {
      put(prefix + "sparkoperator.k8s.io/mutated-by-spark-operator", "true");
    }
    put(prefix + "sparkoperator.k8s.io/submission-id", SUBMISSION_ID);
  }

  /** The application's labels go to both pods, except Kueue's ({@code kueue.x-k8s.io/}). */
  private void appLabels(String prefix, SparkApplication app) {
    Optional.ofNullable(app.metadata().getLabels()).orElse(Map.of()).forEach((k, v) -> {
      if (!k.startsWith("kueue.x-k8s.io/")) {
        put(prefix + k, v);
      }
    });
  }

  private void secretKeyRefs(String prefix, Map<String, NameKey> refs) {
    refs.forEach((env, ref) -> put(prefix + env, ref.name() + ":" + ref.key()));
  }

  private void secrets(String role, String envPrefix, SparkPodSpec pod) {
    for (SecretInfo secret : list(pod.secrets())) {
      put("spark.kubernetes." + role + ".secrets." + secret.name(), secret.path());
      String type = String.valueOf(secret.secretType());
      if (type.equals("GCPServiceAccount")) {
        put(envPrefix + "GOOGLE_APPLICATION_CREDENTIALS", Path.of(secret.path(), "key.json").toString());
      } else if (type.equals("HadoopDelegationToken")) {
        put(envPrefix + "HADOOP_TOKEN_FILE_LOCATION", Path.of(secret.path(), "hadoop.token").toString());
      }
    }
  }

  /** {@code util.GetLocalVolumes} and the volume-mount options: spark-local-dir-* volumes become conf. */
  private void localDirVolumes(String role, List<Volume> volumes, List<VolumeMount> mounts) {
    Map<String, Volume> local = new LinkedHashMap<>();
    volumes.stream().filter(v -> v.getName() != null && v.getName().startsWith(LOCAL_DIR_PREFIX))
        .forEach(v -> local.put(v.getName(), v));
    for (VolumeMount mount : mounts) {
      if (mount.getName() == null || !mount.getName().startsWith(LOCAL_DIR_PREFIX)) {
        continue;
      }
      Volume volume = local.get(mount.getName());
      if (volume == null) {
        throw new IllegalArgumentException("volume " + mount.getName() + " not found");
      }
      String type = volume.getEmptyDir() != null ? "emptyDir" : volume.getHostPath() != null ? "hostPath"
          : volume.getNfs() != null ? "nfs" : volume.getPersistentVolumeClaim() != null
          ? "persistentVolumeClaim" : null;
      if (type == null) {
        throw new IllegalArgumentException("unsupported volume type");
      }
      String base = "spark.kubernetes." + role + ".volumes." + type + "." + volume.getName() + ".";
      Function<String, String> option = o -> base + "options." + o;
      if (mount.getMountPath() != null && !mount.getMountPath().isEmpty()) {
        put(base + "mount.path", mount.getMountPath());
      }
      if (mount.getSubPath() != null && !mount.getSubPath().isEmpty()) {
        put(base + "mount.subPath", mount.getSubPath());
      }
      if (Boolean.TRUE.equals(mount.getReadOnly())) {
        put(base + "mount.readOnly", "true");
      }
      switch (type) {
        case "emptyDir" -> {
          if (volume.getEmptyDir().getSizeLimit() != null) {
            put(option.apply("sizeLimit"), volume.getEmptyDir().getSizeLimit().toString());
          }
          if (volume.getEmptyDir().getMedium() != null && !volume.getEmptyDir().getMedium().isEmpty()) {
            put(option.apply("medium"), volume.getEmptyDir().getMedium());
          }
        }
        case "hostPath" -> {
          put(option.apply("path"), volume.getHostPath().getPath());
          if (volume.getHostPath().getType() != null) {
            put(option.apply("type"), volume.getHostPath().getType());
          }
        }
        case "nfs" -> {
          put(option.apply("path"), volume.getNfs().getPath());
          put(option.apply("server"), volume.getNfs().getServer());
          if (Boolean.TRUE.equals(volume.getNfs().getReadOnly())) {
            put(option.apply("readOnly"), "true");
          }
        }
        default -> {
          put(option.apply("claimName"), volume.getPersistentVolumeClaim().getClaimName());
          if (Boolean.TRUE.equals(volume.getPersistentVolumeClaim().getReadOnly())) {
            put(option.apply("readOnly"), "true");
          }
        }
      }
    }
  }

  private void dynamicAllocation(DynamicAllocation d) {
    put("spark.dynamicAllocation.enabled", "true");
    d.initialExecutors().ifPresent(i -> put("spark.dynamicAllocation.initialExecutors", i.toString()));
    d.minExecutors().ifPresent(i -> put("spark.dynamicAllocation.minExecutors", i.toString()));
    d.maxExecutors().ifPresent(i -> put("spark.dynamicAllocation.maxExecutors", i.toString()));
    put("spark.dynamicAllocation.shuffleTracking.enabled", d.shuffleTrackingEnabled().orElse(true).toString());
    d.shuffleTrackingTimeout()
        .ifPresent(t -> put("spark.dynamicAllocation.shuffleTracking.timeout", t.toString()));
  }

  /** The template file as the operator writes it: the user's template or a bare Spark container, owned by the app. */
  private static Path writeTemplate(PodTemplateSpec template, String containerName, SparkApplication app,
      boolean controller, Path file) {
    PodTemplateSpecBuilder builder = template == null
        ? new PodTemplateSpecBuilder().withNewSpec()
            .addToContainers(new ContainerBuilder().withName(containerName).build()).endSpec()
        : new PodTemplateSpecBuilder(template);
    if (builder.buildMetadata() == null) {
      builder.withNewMetadata().endMetadata();
    }
    OwnerReferenceBuilder owner = new OwnerReferenceBuilder().withApiVersion(app.apiVersion())
        .withKind(app.kind()).withName(app.metadata().getName()).withUid("00000000-0000-0000-0000-0000000000aa");
    if (controller) {
      owner.withController(true).withBlockOwnerDeletion(true);
    }
    builder.editMetadata().addToOwnerReferences(owner.build()).endMetadata();
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, new KubernetesSerialization().asYaml(builder.build()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** {@code util.CompareSemanticVersion(version, "3.0.0") < 0}; an empty or unparsable version counts as lower. */
  private static final class SparkVersions {
    static boolean lessThan3(String version) {
      String digits = version.startsWith("v") ? version.substring(1) : version;
      try {
        return Integer.parseInt(digits.split("[.\\-]")[0]) < 3;
      } catch (NumberFormatException e) {
        return true;
      }
    }
  }
}
