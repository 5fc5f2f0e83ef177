package dev.sparkapp.samples;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.PythonVersion;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.probe.Probes;
import java.util.List;

/**
 * A PySpark ETL job: a Python main file with zipped Python dependencies and a JDBC driver jar, that
 * scales its executors with dynamic allocation between one and ten, and whose driver reports ready
 * only once its Spark UI answers.
 */
public final class PySparkEtlSample implements Sample {
  /** The most executors dynamic allocation may request. */
  static final int MAX_EXECUTORS = 10;

  @Override
  public String name() {
    return "pyspark-etl";
  }

  @Override
  public String description() {
    return "A Python ETL job with dependencies, dynamic allocation and a readiness probe";
  }

  /** Returns the PySpark ETL application. */
  public SparkApplication application() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("pyspark-etl").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.PYTHON).pythonVersion(PythonVersion.V3)
            .mode(DeployMode.CLUSTER)
            .image(SparkPiSample.IMAGE).sparkVersion(SparkPiSample.SPARK_VERSION)
            .mainApplicationFile("s3a://etl-jobs/orders/etl.py")
            .addArguments("--input", "s3a://raw/orders/", "--output", "s3a://curated/orders/")
            .deps(d -> d.addPyFiles("s3a://etl-jobs/orders/etl_lib.zip")
                .addJars("https://repo1.maven.org/maven2/org/postgresql/postgresql/42.7.4/postgresql-42.7.4.jar"))
            .putSparkConf("spark.sql.adaptive.enabled", "true")
            .restartPolicy(r -> r.type(RestartPolicyType.ON_FAILURE).onFailureRetries(2)
                .onFailureRetryInterval(30L).onSubmissionFailureRetries(3)
                .onSubmissionFailureRetryInterval(20L))
            .dynamicAllocation(a -> a.enabled(true).initialExecutors(2).minExecutors(1)
                .maxExecutors(MAX_EXECUTORS).shuffleTrackingEnabled(true))
            .driver(d -> d.cores(1).memory("1g").serviceAccount("spark-operator-spark")
                .readinessProbe(Probes.sparkUi()))
            .executor(e -> e.cores(2).memory("2g")))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(application());
  }
}
