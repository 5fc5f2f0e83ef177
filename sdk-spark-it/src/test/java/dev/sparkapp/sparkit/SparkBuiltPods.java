package dev.sparkapp.sparkit;

import dev.sparkapp.core.SparkApplication;
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
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The driver pod and the first executor pod of a {@link SparkApplication} as they run: the conf the operator
 * passes ({@link OperatorSubmission}), Spark 4.0.1's own {@link KubernetesDriverBuilder} and
 * {@link KubernetesExecutorBuilder} (offline: the fabric8 client only reads the pod template files), what
 * Spark's submission client adds to the driver pod after the builder (its conf volume,
 * {@code KubernetesClientApplication.scala}) and what the operator's webhook adds ({@link OperatorWebhook}).
 *
 * @param application the application the pods are built for
 * @param driver the driver pod
 * @param executor an executor pod, built with the conf the driver runs with
 * @param driverConf the driver JVM's Spark properties (its {@code spark.properties}: the submitted conf plus
 *     what the builder's steps add, such as {@code spark.driver.port})
 * @param executorConf the conf the executor pod was built from
 */
record SparkBuiltPods(SparkApplication application, BuiltPod driver, BuiltPod executor, Map<String, String> driverConf,
    Map<String, String> executorConf) {
  /**
   * A built pod and the index of Spark's container in it: the builders append Spark's container after the
   * template's other containers, and the webhook only appends (sidecars) after it.
   *
   * @param pod the pod as it runs
   * @param sparkIndex the index of Spark's container in {@code pod}
   */
  record BuiltPod(Pod pod, int sparkIndex) {
    Container spark() {
      return pod.getSpec().getContainers().get(sparkIndex);
    }
  }

  private static final String APP_ID = "spark-00000000000000000000000000000001";
  private static final KubernetesClient OFFLINE = new KubernetesClientBuilder()
      .withConfig(new ConfigBuilder(Config.empty()).withMasterUrl("https://127.0.0.1:1/").build()).build();

  /** Builds the pods of {@code app}, its pod template files written under {@code directory}. */
  static SparkBuiltPods of(SparkApplication app, Path directory) {
    OperatorSubmission submission = OperatorSubmission.of(app, directory);
    SparkConf conf = new SparkConf(false);
    // What spark-submit sets before the Kubernetes client runs: master, deploy mode, --name.
    conf.set("spark.master", "k8s://https://127.0.0.1:1");
    conf.set("spark.submit.deployMode", "cluster");
    conf.set("spark.app.name", app.metadata().getName());
    submission.conf().forEach(conf::set);

    KubernetesDriverConf driverConf = KubernetesConf.createDriverConf(conf, APP_ID, mainResource(submission),
        submission.mainClass() == null ? "org.apache.spark.deploy.PythonRunner" : submission.mainClass(),
        submission.arguments().toArray(String[]::new), Option.empty());
    KubernetesDriverSpec driverSpec = new KubernetesDriverBuilder().buildFromFeatures(driverConf, OFFLINE);
    Container driverContainer = new ContainerBuilder(driverSpec.pod().container())
        .addNewEnv().withName(Constants.ENV_SPARK_CONF_DIR()).withValue(Constants.SPARK_CONF_DIR_INTERNAL()).endEnv()
        .addNewVolumeMount().withName(Constants.SPARK_CONF_VOLUME_DRIVER())
        .withMountPath(Constants.SPARK_CONF_DIR_INTERNAL()).endVolumeMount()
        .build();
    Pod driver = new PodBuilder(driverSpec.pod().pod()).editSpec().addToContainers(driverContainer)
        .addNewVolume().withName(Constants.SPARK_CONF_VOLUME_DRIVER()).withNewConfigMap()
        .withName("spark-drv-conf-map").endConfigMap().endVolume().endSpec().build();
    Map<String, String> driverProperties = new LinkedHashMap<>(
        CollectionConverters.asJava(driverSpec.systemProperties()));

    SparkConf executorSparkConf = new SparkConf(false);
    driverProperties.forEach(executorSparkConf::set);
    executorSparkConf.set("spark.app.id", APP_ID);
    // The driver reads the executor template from the ConfigMap that PodTemplateConfigMapStep mounts at the
    // path it put in spark.kubernetes.executor.podTemplateFile; that ConfigMap holds the operator's file.
    executorSparkConf.set("spark.kubernetes.executor.podTemplateFile",
        submission.conf().get("spark.kubernetes.executor.podTemplateFile"));
    KubernetesExecutorConf executorConf =
        KubernetesConf.createExecutorConf(executorSparkConf, "1", APP_ID, Option.apply(driver), 0);
    SecurityManager security = new SecurityManager(executorSparkConf, Option.empty(),
        org.apache.spark.internal.config.package$.MODULE$.AUTH_SECRET_FILE());
    if (security.isAuthenticationEnabled()) {
      security.initializeAuth();
    }
    KubernetesExecutorSpec executorSpec = new KubernetesExecutorBuilder().buildFromFeatures(executorConf, security,
        OFFLINE, ResourceProfile$.MODULE$.getOrCreateDefaultProfile(executorSparkConf));
    Pod executor = new PodBuilder(executorSpec.pod().pod()).editSpec()
        .addToContainers(executorSpec.pod().container()).endSpec().build();

    Map<String, String> executorProperties = new LinkedHashMap<>();
    for (scala.Tuple2<String, String> entry : executorSparkConf.getAll()) {
      executorProperties.put(entry._1(), entry._2());
    }
    return new SparkBuiltPods(app,
        new BuiltPod(OperatorWebhook.mutate(driver, app, true),
            driverSpec.pod().pod().getSpec().getContainers().size()),
        new BuiltPod(OperatorWebhook.mutate(executor, app, false),
            executorSpec.pod().pod().getSpec().getContainers().size()),
        driverProperties, executorProperties);
  }

  private static MainAppResource mainResource(OperatorSubmission submission) {
    return switch (submission.type()) {
      case "Python" -> new PythonMainAppResource(submission.mainApplicationFile());
      case "R" -> new RMainAppResource(submission.mainApplicationFile());
      default -> new JavaMainAppResource(Option.apply(submission.mainApplicationFile()));
    };
  }
}
