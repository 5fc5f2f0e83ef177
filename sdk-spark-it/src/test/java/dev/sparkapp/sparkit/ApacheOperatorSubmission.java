package dev.sparkapp.sparkit;

import dev.sparkapp.core.apache.ApacheApplicationSpec;
import dev.sparkapp.core.apache.ApacheRestartPolicy;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApplicationAttemptInfo;
import dev.sparkapp.core.apache.ApplicationAttemptSummary;
import dev.sparkapp.core.apache.ApplicationTemplateSpec;
import dev.sparkapp.core.apache.ApplicationTolerations;
import dev.sparkapp.core.apache.RestartConfig;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Apache Spark Kubernetes operator 1.0.0 hands to Spark's {@code KubernetesDriverBuilder} for an
 * {@link ApacheSparkApplication}: a transcription of apache/spark-kubernetes-operator at tag 1.0.0 (commit
 * d8b19438bd96c6c2f52ee58425ec192b6cc825fc), in the order the operator applies it:
 * <ol>
 *   <li>{@code SparkAppResourceSpecFactory.overrideDependencyConf} (spark-operator/.../reconciler/
 *       SparkAppResourceSpecFactory.java, lines 83-105): the labels {@code spark.operator/name} and
 *       {@code spark.operator/spark-app-name} on the driver, its Service and the executors
 *       ({@code Utils.sparkAppResourceLabels}), {@code spark.kubernetes.namespace}, {@code spark.app.name} when
 *       sparkConf sets it, and each of {@code driverSpec} / {@code executorSpec.podTemplateSpec} written to a
 *       file as a Pod ({@code ModelUtils.getPodFromTemplateSpec}) and passed as {@code
 *       spark.kubernetes.driver.podTemplateFile} / {@code spark.kubernetes.executor.podTemplateFile} (lines
 *       178-220): the operator sets no {@code podTemplateContainerName}, so Spark takes the one sparkConf names,
 *       else the first container;</li>
 *   <li>{@code SparkAppSubmissionWorker.buildDriverConf} (spark-submission-worker/.../SparkAppSubmissionWorker.java,
 *       lines 129-193): sparkConf with {@code {{SPARK_VERSION}}} replaced in {@code spark.kubernetes.*container.image}
 *       values, then the overrides above, the namespace again, the primary resource ({@code jars}, else
 *       {@code pyFiles}, the first of them for {@code PythonRunner}, else {@code sparkRFiles}) with {@code
 *       spark.jars} / {@code spark.submit.pyFiles}, and the {@code setIfMissing} defaults: {@code spark.master},
 *       {@code spark.app.id} ({@code generateSparkAppId}, lines 232-265), {@code spark.authenticate},
 *       {@code spark.io.encryption.enabled}, {@code spark.kubernetes.driver.annotateExitException},
 *       {@code spark.kubernetes.executor.useDriverPodIP}, and {@code spark.kubernetes.executor.deleteOnTermination}
 *       = false for static allocation that never restarts.</li>
 * </ol>
 * Not transcribed: the owner-reference and security-context decorators the operator applies to the built pod
 * after the builder (they add no container, port or mount).
 *
 * @param conf the effective SparkConf, in the order the operator sets it
 * @param resourceType {@code Java}, {@code Python} or {@code R}: the kind of primary resource
 * @param primaryResource the primary resource, or {@code null} for a Java application without one
 * @param mainClass the application's main class, or {@code null}
 * @param arguments {@code driverArgs}
 * @param appId {@code spark.app.id} as the operator generates it
 */
record ApacheOperatorSubmission(Map<String, String> conf, String resourceType, String primaryResource, String mainClass,
    List<String> arguments, String appId) {
  /** {@code SparkOperatorConf.OPERATOR_APP_NAME}'s default, the value of the label {@code spark.operator/name}. */
  static final String OPERATOR_NAME = "spark-kubernetes-operator";
  /** {@code SparkAppSubmissionWorker.DEFAULT_ID_LENGTH_LIMIT}. */
  static final int ID_LENGTH_LIMIT = 46;
  /** {@code SparkAppSubmissionWorker.DEFAULT_HASH_BASED_IDENTIFIER_LENGTH_LIMIT}. */
  static final int HASH_LENGTH_LIMIT = 36;

  /** The submission of {@code app}, its pod template files written under {@code directory}. */
  static ApacheOperatorSubmission of(ApacheSparkApplication app, Path directory) {
    ApacheApplicationSpec spec = app.spec();
    String name = app.metadata().getName();
    String namespace = app.metadata().getNamespace();
    Map<String, String> sparkConf = spec.sparkConf() == null ? Map.of() : spec.sparkConf();

    // SparkAppResourceSpecFactory.overrideDependencyConf
    Map<String, String> overrides = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("spark.operator/name", OPERATOR_NAME);
    labels.put("spark.operator/spark-app-name", name);
    labels.forEach((k, v) -> {
      overrides.put("spark.kubernetes.driver.label." + k, v);
      overrides.put("spark.kubernetes.driver.service.label." + k, v);
      overrides.put("spark.kubernetes.executor.label." + k, v);
    });
    overrides.put("spark.kubernetes.namespace", namespace);
    if (sparkConf.containsKey("spark.app.name")) {
      overrides.put("spark.app.name", name);
    }
    templateFile(spec.driverSpec(), directory, name + "-driver").ifPresent(
        f -> overrides.put("spark.kubernetes.driver.podTemplateFile", f));
    templateFile(spec.executorSpec(), directory, name + "-executor").ifPresent(
        f -> overrides.put("spark.kubernetes.executor.podTemplateFile", f));

    // SparkAppSubmissionWorker.buildDriverConf
    String sparkVersion = spec.runtimeVersions().sparkVersion();
    Map<String, String> conf = new LinkedHashMap<>();
    sparkConf.forEach((key, value) -> conf.put(key, key.startsWith("spark.kubernetes.") && key.endsWith("container.image")
        ? value.replace("{{SPARK_VERSION}}", sparkVersion) : value));
    conf.putAll(overrides);
    conf.put("spark.kubernetes.namespace", namespace);
    String type = "Java";
    String resource = null;
    String jars = spec.jars().orElse("");
    String pyFiles = spec.pyFiles().orElse(null);
    String mainClass = spec.mainClass().orElse(null);
    if (!jars.isEmpty()) {
      resource = jars;
      conf.putIfAbsent("spark.jars", jars);
    } else if ("org.apache.spark.deploy.PythonRunner".equals(mainClass)) {
      String[] files = pyFiles.split(",", 2);
      type = "Python";
      resource = files[0];
      if (files.length > 1 && !files[1].isBlank()) {
        conf.putIfAbsent("spark.submit.pyFiles", files[1]);
      }
    } else if (pyFiles != null && !pyFiles.isEmpty()) {
      type = "Python";
      resource = pyFiles;
      conf.putIfAbsent("spark.submit.pyFiles", pyFiles);
    } else if (spec.sparkRFiles().filter(f -> !f.isEmpty()).isPresent()) {
      type = "R";
      resource = spec.sparkRFiles().get();
    }
    String prefix = conf.getOrDefault("spark.master.url.prefix", "k8s://");
    conf.putIfAbsent("spark.master", prefix + "https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT");
    String appId = appId(app);
    conf.putIfAbsent("spark.app.id", appId);
    conf.putIfAbsent("spark.authenticate", "true");
    conf.putIfAbsent("spark.io.encryption.enabled", "true");
    conf.putIfAbsent("spark.kubernetes.driver.annotateExitException", "true");
    conf.putIfAbsent("spark.kubernetes.executor.useDriverPodIP", "true");
    Optional<RestartConfig> restart = spec.applicationTolerations().flatMap(ApplicationTolerations::restartConfig);
    if (!"true".equalsIgnoreCase(conf.getOrDefault("spark.dynamicAllocation.enabled", "false"))
        && restart.flatMap(RestartConfig::restartPolicy).orElse(ApacheRestartPolicy.NEVER) == ApacheRestartPolicy.NEVER) {
      conf.putIfAbsent("spark.kubernetes.executor.deleteOnTermination", "false");
    }
    return new ApacheOperatorSubmission(conf, type, resource, mainClass,
        spec.driverArgs() == null ? List.of() : spec.driverArgs(), conf.get("spark.app.id"));
  }

  /** {@code SparkAppSubmissionWorker.generateSparkAppId}: {@code <name>-<attempt>}, hashed when too long. */
  static String appId(ApacheSparkApplication app) {
    long attempt = app.status().flatMap(s -> s.currentAttemptSummary()).flatMap(ApplicationAttemptSummary::attemptInfo)
        .flatMap(ApplicationAttemptInfo::id).orElse(0L);
    String name = app.metadata().getName();
    String preferred = name + "-" + attempt;
    if (preferred.length() <= ID_LENGTH_LIMIT) {
      return preferred;
    }
    String idPrefix = preferred.substring(0, ID_LENGTH_LIMIT - HASH_LENGTH_LIMIT - 1);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(
          String.join("/", app.metadata().getNamespace(), name, String.valueOf(attempt)).getBytes(StandardCharsets.UTF_8));
      return idPrefix + "-" + new BigInteger(1, digest).toString(36).substring(0, HASH_LENGTH_LIMIT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code getOrCreateLocalFileForSpec}: the template as a Pod ({@code ModelUtils.getPodFromTemplateSpec}), as JSON. */
  private static Optional<String> templateFile(Optional<ApplicationTemplateSpec> spec, Path directory, String prefix) {
    Optional<PodTemplateSpec> template = spec.flatMap(ApplicationTemplateSpec::podTemplateSpec);
    if (template.isEmpty()) {
      return Optional.empty();
    }
    Pod pod = new PodBuilder().withMetadata(template.get().getMetadata()).withSpec(template.get().getSpec())
        .withAdditionalProperties(template.get().getAdditionalProperties()).build();
    try {
      Path file = Files.createTempFile(Files.createDirectories(directory), prefix + "-", ".json");
      Files.writeString(file, new KubernetesSerialization().asJson(pod));
      return Optional.of(file.toAbsolutePath().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
