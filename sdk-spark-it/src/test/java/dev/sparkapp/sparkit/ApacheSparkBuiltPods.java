package dev.sparkapp.sparkit;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SecurityManager;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.k8s.Constants;
import org.apache.spark.deploy.k8s.KubernetesConf;
import org.apache.spark.deploy.k8s.KubernetesDriverConf;
import org.apache.spark.deploy.k8s.KubernetesDriverSpec;
import org.apache.spark.deploy.k8s.KubernetesExecutorConf;
import org.apache.spark.deploy.k8s.KubernetesExecutorSpec;
import org.apache.spark.deploy.k8s.submit.JavaMainAppResource;
import org.apache.spark.deploy.k8s.submit.KubernetesDriverBuilder;
import org.apache.spark.deploy.k8s.submit.MainAppResource;
import org.apache.spark.deploy.k8s.submit.PythonMainAppResource;
import org.apache.spark.deploy.k8s.submit.RMainAppResource;
import org.apache.spark.resource.ResourceProfile$;
import org.apache.spark.scheduler.cluster.k8s.KubernetesExecutorBuilder;
import org.apache.spark.util.SystemClock;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The driver pod and the first executor pod of an {@link ApacheSparkApplication} as the Apache operator 1.0.0
 * has them built: the conf of {@link ApacheOperatorSubmission}, a driver conf like the operator's
 * {@code SparkAppDriverConf} (resource names prefixed with {@code spark.app.id}, the {@code spark-version}
 * label), Spark 4.0.1's own {@link KubernetesDriverBuilder} (which the operator calls in process, offline
 * here: the fabric8 client only reads the template files) and {@link KubernetesExecutorBuilder} with the conf
 * the driver runs with. The operator's {@code SparkAppResourceSpec} then adds the driver's conf volume, as
 * Spark's submission client does; that is added here too.
 *
 * @param application the application the pods are built for
 * @param submission what the operator passes to the builder
 * @param driver the driver pod, Spark's container last
 * @param driverSpark Spark's container in the driver pod
 * @param executor an executor pod, Spark's container last; {@code null} when {@code spark.master} is not a
 *     Kubernetes master (an application on a SparkCluster, whose executors run in its workers)
 * @param executorSpark Spark's container in the executor pod, or {@code null} with {@code executor}
 * @param driverConf the driver JVM's Spark properties
 */
record ApacheSparkBuiltPods(ApacheSparkApplication application, ApacheOperatorSubmission submission, Pod driver,
    Container driverSpark, Pod executor, Container executorSpark, Map<String, String> driverConf) {
  private static final KubernetesClient OFFLINE = new KubernetesClientBuilder()
      .withConfig(new ConfigBuilder(Config.empty()).withMasterUrl("https://127.0.0.1:1/").build()).build();

  /**
   * The operator's {@code SparkAppDriverConf} (spark-submission-worker/.../SparkAppDriverConf.java at 1.0.0):
   * resource names start with the application id, and the pods carry a {@code spark-version} label.
   */
  private static final class OperatorDriverConf extends KubernetesDriverConf {
    private final String sparkVersion;

    OperatorDriverConf(SparkConf conf, String appId, MainAppResource resource, String mainClass, String[] args,
        String sparkVersion) {
      super(conf, appId, resource, mainClass, args, Option.empty(), new SystemClock());
      this.sparkVersion = sparkVersion;
    }

    @Override
    public String resourceNamePrefix() {
      return appId();
    }

    @Override
    public scala.collection.immutable.Map<String, String> labels() {
      return super.labels().updated("spark-version", sparkVersion);
    }
  }

  /** Builds the pods of {@code app}, its pod template files written under {@code directory}. */
  static ApacheSparkBuiltPods of(ApacheSparkApplication app, Path directory) {
    ApacheOperatorSubmission submission = ApacheOperatorSubmission.of(app, directory);
    SparkConf conf = new SparkConf(false);
    submission.conf().forEach(conf::set);
    KubernetesDriverConf driverConf = new OperatorDriverConf(conf, submission.appId(), mainResource(submission),
        submission.mainClass(), submission.arguments().toArray(String[]::new),
        app.spec().runtimeVersions().sparkVersion());
    KubernetesDriverSpec driverSpec = new KubernetesDriverBuilder().buildFromFeatures(driverConf, OFFLINE);
    Container driverContainer = new ContainerBuilder(driverSpec.pod().container())
        .addNewEnv().withName(Constants.ENV_SPARK_CONF_DIR()).withValue(Constants.SPARK_CONF_DIR_INTERNAL()).endEnv()
        .addNewVolumeMount().withName(Constants.SPARK_CONF_VOLUME_DRIVER())
        .withMountPath(Constants.SPARK_CONF_DIR_INTERNAL()).endVolumeMount()
        .build();
    Pod driver = new PodBuilder(driverSpec.pod().pod()).editSpec().addToContainers(driverContainer)
        .addNewVolume().withName(Constants.SPARK_CONF_VOLUME_DRIVER()).withNewConfigMap()
        .withName(submission.appId() + "-spark-drv-conf-map").endConfigMap().endVolume().endSpec().build();
    Map<String, String> driverProperties = new LinkedHashMap<>(
        CollectionConverters.asJava(driverSpec.systemProperties()));

    if (!conf.get("spark.master").startsWith("k8s://")) {
      return new ApacheSparkBuiltPods(app, submission, driver, driverContainer, null, null, driverProperties);
    }
    SparkConf executorSparkConf = new SparkConf(false);
    driverProperties.forEach(executorSparkConf::set);
    executorSparkConf.set("spark.app.id", submission.appId());
    String executorTemplate = submission.conf().get("spark.kubernetes.executor.podTemplateFile");
    if (executorTemplate != null) {
      executorSparkConf.set("spark.kubernetes.executor.podTemplateFile", executorTemplate);
    }
    KubernetesExecutorConf executorConf =
        KubernetesConf.createExecutorConf(executorSparkConf, "1", submission.appId(), Option.apply(driver), 0);
    SecurityManager security = new SecurityManager(executorSparkConf, Option.empty(),
        org.apache.spark.internal.config.package$.MODULE$.AUTH_SECRET_FILE());
    if (security.isAuthenticationEnabled()) {
      security.initializeAuth();
    }
    KubernetesExecutorSpec executorSpec = new KubernetesExecutorBuilder().buildFromFeatures(executorConf, security,
        OFFLINE, ResourceProfile$.MODULE$.getOrCreateDefaultProfile(executorSparkConf));
    Pod executor = new PodBuilder(executorSpec.pod().pod()).editSpec()
        .addToContainers(executorSpec.pod().container()).endSpec().build();
    return new ApacheSparkBuiltPods(app, submission, driver, driverContainer, executor, executorSpec.pod().container(),
        driverProperties);
  }

  private static MainAppResource mainResource(ApacheOperatorSubmission submission) {
    return switch (submission.resourceType()) {
      case "Python" -> new PythonMainAppResource(submission.primaryResource());
      case "R" -> new RMainAppResource(submission.primaryResource());
      default -> new JavaMainAppResource(Option.apply(submission.primaryResource()));
    };
  }
}
