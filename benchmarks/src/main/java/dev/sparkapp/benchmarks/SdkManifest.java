package dev.sparkapp.benchmarks;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkApplicationType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;

/** The benchmark manifests built with the SDK, as a user of sparkapp-sdk would write them. */
final class SdkManifest {
  private SdkManifest() {}

  /** Builds the manifest of {@code shape} as a typed {@link SparkApplication}. */
  static SparkApplication build(ManifestShape shape) {
    SparkApplicationSpec.Builder spec = SparkApplicationSpec.builder()
        .type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
        .image("docker.io/apache/spark:4.0.4").imagePullPolicy("IfNotPresent")
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
        .addArguments("5000")
        .sparkVersion("4.0.4")
        .driver(d -> d.putLabels("version", "4.0.0").cores(1).memory("512m")
            .serviceAccount("spark-operator-spark").template(driverTemplate())
            .securityContext(restrictedSecurityContext()))
        .executor(e -> e.putLabels("version", "4.0.0").instances(1).cores(1).memory("512m")
            .securityContext(restrictedSecurityContext()));
    for (int i = 0; i < shape.sparkConfEntries(); i++) {
      spec.putSparkConf(ManifestShape.confKey(i), ManifestShape.confValue(i));
    }
    for (int i = 0; i < shape.volumes(); i++) {
      String name = ManifestShape.volumeName(i);
      spec.addVolumes(new VolumeBuilder().withName(name).withNewConfigMap().withName(name).endConfigMap().build());
    }
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(spec.build())
        .build();
  }

  private static PodTemplateSpec driverTemplate() {
    return new PodTemplateSpecBuilder().withNewSpec()
        .addNewContainer().withName("spark-kubernetes-driver")
        .withNewLivenessProbe().withNewHttpGet().withPath("/api/v1/version").withPort(new IntOrString(4040))
        .endHttpGet().endLivenessProbe()
        .withNewReadinessProbe().withNewTcpSocket().withPort(new IntOrString(7078)).endTcpSocket()
        .endReadinessProbe()
        .endContainer().endSpec().build();
  }

  private static SecurityContext restrictedSecurityContext() {
    return new SecurityContextBuilder()
        .withNewCapabilities().addToDrop("ALL").endCapabilities()
        .withRunAsGroup(185L).withRunAsUser(185L).withRunAsNonRoot(true)
        .withAllowPrivilegeEscalation(false)
        .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
        .build();
  }
}
