package dev.sparkapp.core.probe;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import dev.sparkapp.core.FieldPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The log4j2 configuration that the log-staleness preset mounts: Spark's default console logging (to
 * stderr, level {@code info}, Spark's pattern), kept so that {@code kubectl logs} shows what it always
 * showed, plus a size-capped rolling file that the probe watches. {@code immediateFlush} stays on, so
 * every log event moves the file's modification time.
 */
final class Log4j2FileLogging {
  /** The JVM option that makes log4j2 read a configuration file. */
  static final String CONFIGURATION_OPTION = "-Dlog4j2.configurationFile=";
  /** Where the ConfigMap with the configuration is mounted. */
  static final String CONFIG_DIRECTORY = "/opt/sparkapp/log4j2";
  /** The pod volume of the ConfigMap. */
  static final String CONFIG_VOLUME = "sparkapp-log4j2";
  /** The pod volume (an emptyDir) the log file is written to. */
  static final String LOG_VOLUME = "sparkapp-logs";
  /** The emptyDir size limit: the file rolls at 50 MB and keeps one old file. */
  static final String LOG_VOLUME_SIZE_LIMIT = "128Mi";

  private Log4j2FileLogging() {}

  /**
   * Returns the name of the companion ConfigMap of the resource with {@code metadata}: {@code
   * <name>-log4j2}.
   *
   * @throws ProbePresetException when the resource has no name
   */
  static String configMapName(ObjectMeta metadata) {
    String name = metadata == null ? null : metadata.getName();
    if (name == null || name.isBlank()) {
      throw new ProbePresetException(FieldPath.of("metadata", "name"),
          "the log-staleness preset names its log4j2 ConfigMap after the resource; set metadata.name");
    }
    return name + "-log4j2";
  }

  /**
   * Returns the ConfigMaps that the templates of {@code pods} mount as the log4j2 configuration volume:
   * one per ConfigMap name, in the namespace of {@code metadata}, with the configuration of each pod that
   * mounts it, for the log directory its Spark container mounts. Derived from the templates alone, so a
   * resource read from YAML knows its companions as well as one built in code.
   */
  static List<ConfigMap> companions(ObjectMeta metadata, List<PodSlot> pods) {
    Map<String, ConfigMapBuilder> byName = new LinkedHashMap<>();
    for (PodSlot pod : pods) {
      PodTemplateSpec template = pod.template();
      PodSpec spec = template == null ? null : template.getSpec();
      if (spec == null || spec.getVolumes() == null) {
        continue;
      }
      String configMap = spec.getVolumes().stream()
          .filter(v -> CONFIG_VOLUME.equals(v.getName()) && v.getConfigMap() != null)
          .map(v -> v.getConfigMap().getName()).filter(Objects::nonNull).findFirst().orElse(null);
      if (configMap == null) {
        continue;
      }
      String directory = pod.sparkContainer().filter(c -> c.getVolumeMounts() != null)
          .flatMap(c -> c.getVolumeMounts().stream().filter(m -> m != null && LOG_VOLUME.equals(m.getName()))
              .map(VolumeMount::getMountPath).filter(Objects::nonNull).findFirst())
          .orElse(LogStalenessCheck.DEFAULT_LOG_DIRECTORY);
      byName.computeIfAbsent(configMap, name -> new ConfigMapBuilder().withNewMetadata()
              .withName(name).withNamespace(metadata == null ? null : metadata.getNamespace())
              .addToLabels("app.kubernetes.io/managed-by", "sparkapp-sdk").endMetadata())
          .addToData(configKey(pod.role()), configuration(LogStalenessCheck.logFileIn(directory)));
    }
    List<ConfigMap> companions = new ArrayList<>(byName.size());
    byName.values().forEach(builder -> companions.add(builder.build()));
    return List.copyOf(companions);
  }

  /** Returns the ConfigMap key holding the configuration for {@code pod}. */
  static String configKey(SparkPod pod) {
    return "log4j2-" + pod.specField() + ".properties";
  }

  /** Returns the path of the configuration file for {@code pod} inside the container. */
  static String configFile(SparkPod pod) {
    return CONFIG_DIRECTORY + "/" + configKey(pod);
  }

  /**
   * The pod volumes the file logging needs: the companion ConfigMap {@code configMapName} holding the
   * log4j2 configuration, and a size-limited {@code emptyDir} for the log file.
   */
  static List<Volume> volumes(String configMapName) {
    return List.of(
        new VolumeBuilder().withName(CONFIG_VOLUME).withNewConfigMap().withName(configMapName).endConfigMap().build(),
        new VolumeBuilder().withName(LOG_VOLUME)
            .withNewEmptyDir().withSizeLimit(new Quantity(LOG_VOLUME_SIZE_LIMIT)).endEmptyDir().build());
  }

  /** Mounts of {@link #volumes}: the configuration read-only, the log volume at {@code logDirectory}. */
  static List<VolumeMount> mounts(String logDirectory) {
    return List.of(
        new VolumeMountBuilder().withName(CONFIG_VOLUME).withMountPath(CONFIG_DIRECTORY).withReadOnly(true).build(),
        new VolumeMountBuilder().withName(LOG_VOLUME).withMountPath(logDirectory).build());
  }

  /** Returns the log4j2 properties that log to the console and to {@code logFile}. */
  static String configuration(String logFile) {
    String pattern = "%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n%ex";
    return String.join("\n",
        "# Written by sparkapp-sdk for the log-staleness probe: Spark's console logging plus a file",
        "# that the probe watches. Changing the file's path breaks the probe.",
        "rootLogger.level = info",
        "rootLogger.appenderRef.console.ref = console",
        "rootLogger.appenderRef.file.ref = file",
        "appender.console.type = Console",
        "appender.console.name = console",
        "appender.console.target = SYSTEM_ERR",
        "appender.console.layout.type = PatternLayout",
        "appender.console.layout.pattern = " + pattern,
        "appender.file.type = RollingFile",
        "appender.file.name = file",
        "appender.file.fileName = " + logFile,
        "appender.file.filePattern = " + logFile + ".%i",
        "appender.file.immediateFlush = true",
        "appender.file.layout.type = PatternLayout",
        "appender.file.layout.pattern = " + pattern,
        "appender.file.policies.type = Policies",
        "appender.file.policies.size.type = SizeBasedTriggeringPolicy",
        "appender.file.policies.size.size = 50MB",
        "appender.file.strategy.type = DefaultRolloverStrategy",
        "appender.file.strategy.max = 1",
        "logger.jetty.name = org.sparkproject.jetty",
        "logger.jetty.level = warn",
        "logger.parquet.name = org.apache.parquet",
        "logger.parquet.level = error",
        "");
  }
}
