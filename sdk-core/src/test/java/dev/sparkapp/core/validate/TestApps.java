package dev.sparkapp.core.validate;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkApplicationType;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.List;
import java.util.function.Consumer;

/** Valid applications to change one thing in, and the printed violations of a rule. */
final class TestApps {
  private TestApps() {}

  /** A spec that passes every rule. */
  static void valid(SparkApplicationSpec.Builder s) {
    s.type(SparkApplicationType.SCALA)
        .sparkVersion("4.0.1")
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
        .driver(d -> d.cores(1).memory("512m"))
        .executor(e -> e.instances(1).cores(1).memory("512m"));
  }

  /** The valid application named spark-pi, changed by {@code change}. */
  static SparkApplication app(Consumer<SparkApplicationSpec.Builder> change) {
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi"))
        .spec(s -> {
          valid(s);
          change.accept(s);
        })
        .build();
  }

  /** The valid application whose driver has a template with {@code containers}. */
  static SparkApplication withDriverContainers(Consumer<SparkApplicationSpec.Builder> change, Container... containers) {
    return app(s -> {
      s.driver(d -> d.cores(1).memory("512m").template(template(containers)));
      change.accept(s);
    });
  }

  static SparkApplication withDriverContainers(Container... containers) {
    return withDriverContainers(s -> {}, containers);
  }

  static PodTemplateSpec template(Container... containers) {
    return new PodTemplateSpecBuilder().withNewSpec().withContainers(containers).endSpec().build();
  }

  /** The driver container with {@code livenessProbe}. */
  static Container driverWithLiveness(Probe probe) {
    return new ContainerBuilder().withName("spark-kubernetes-driver").withLivenessProbe(probe).build();
  }

  static Probe httpProbe(int port) {
    return new ProbeBuilder().withNewHttpGet().withPath("/").withNewPort(port).endHttpGet().build();
  }

  static Probe tcpProbe(int port) {
    return new ProbeBuilder().withNewTcpSocket().withNewPort(port).endTcpSocket().build();
  }

  /** The printed violations of {@code ruleId}. */
  static List<String> violations(ValidationResult result, String ruleId) {
    return result.violations().stream().filter(v -> v.ruleId().equals(ruleId)).map(Violation::toString).toList();
  }

  static ValidationResult validate(Object resource) {
    return Validator.defaults().validate((dev.sparkapp.core.SparkResource) resource);
  }
}
