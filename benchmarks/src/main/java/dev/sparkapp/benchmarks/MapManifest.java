package dev.sparkapp.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark manifests as nested {@code Map}s and {@code List}s: the floor that any YAML writer
 * starts from, and the {@code spec} that fabric8 generic resources carry.
 */
final class MapManifest {
  private MapManifest() {}

  /** Builds the whole document of {@code shape}: apiVersion, kind, metadata and spec. */
  static Map<String, Object> build(ManifestShape shape) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("apiVersion", "sparkoperator.k8s.io/v1beta2");
    document.put("kind", "SparkApplication");
    document.put("metadata", map("name", "spark-pi", "namespace", "default"));
    document.put("spec", spec(shape));
    return document;
  }

  /** Builds only the {@code spec} of {@code shape}. */
  static Map<String, Object> spec(ManifestShape shape) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", "Scala");
    spec.put("mode", "cluster");
    spec.put("image", "docker.io/apache/spark:4.0.4");
    spec.put("imagePullPolicy", "IfNotPresent");
    spec.put("mainClass", "org.apache.spark.examples.SparkPi");
    spec.put("mainApplicationFile", "local:///opt/spark/examples/jars/spark-examples.jar");
    spec.put("arguments", List.of("5000"));
    spec.put("sparkVersion", "4.0.4");
    Map<String, Object> driver = podSpec();
    driver.put("serviceAccount", "spark-operator-spark");
    driver.put("template", map("spec", map("containers", List.of(map(
        "name", "spark-kubernetes-driver",
        "livenessProbe", map("httpGet", map("path", "/api/v1/version", "port", 4040)),
        "readinessProbe", map("tcpSocket", map("port", 7078)))))));
    spec.put("driver", driver);
    Map<String, Object> executor = podSpec();
    executor.put("instances", 1);
    spec.put("executor", executor);
    if (shape.sparkConfEntries() > 0) {
      Map<String, Object> conf = new LinkedHashMap<>();
      for (int i = 0; i < shape.sparkConfEntries(); i++) {
        conf.put(ManifestShape.confKey(i), ManifestShape.confValue(i));
      }
      spec.put("sparkConf", conf);
    }
    if (shape.volumes() > 0) {
      List<Object> volumes = new ArrayList<>(shape.volumes());
      for (int i = 0; i < shape.volumes(); i++) {
        String name = ManifestShape.volumeName(i);
        volumes.add(map("name", name, "configMap", map("name", name)));
      }
      spec.put("volumes", volumes);
    }
    return spec;
  }

  private static Map<String, Object> podSpec() {
    Map<String, Object> pod = map("labels", map("version", "4.0.0"), "cores", 1, "memory", "512m");
    pod.put("securityContext", map(
        "capabilities", map("drop", List.of("ALL")),
        "runAsGroup", 185, "runAsUser", 185, "runAsNonRoot", true,
        "allowPrivilegeEscalation", false,
        "seccompProfile", map("type", "RuntimeDefault")));
    return pod;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
