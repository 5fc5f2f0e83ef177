package dev.sparkapp.benchmarks;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkApplicationType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import java.util.ArrayList;
import java.util.List;

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
      spec.addVolumes(volume(i));
    }
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(spec.build())
        .build();
  }

  /**
   * The fabric8 objects that {@link #build} has fabric8's builders make, built the same way and nothing
   * else: the driver's pod template, the two security contexts, the metadata and the volumes. Their cost
   * is the user's code, which the SDK path cannot go below (the build + write floor).
   */
  static List<Object> fabric8Parts(ManifestShape shape) {
    List<Object> parts = new ArrayList<>();
    parts.add(driverTemplate());
    parts.add(restrictedSecurityContext());
    parts.add(restrictedSecurityContext());
    parts.add(new ObjectMetaBuilder().withName("spark-pi").withNamespace("default").build());
    for (int i = 0; i < shape.volumes(); i++) {
      parts.add(volume(i));
    }
    return parts;
  }

  private static Volume volume(int i) {
    String name = ManifestShape.volumeName(i);
    return new VolumeBuilder().withName(name).withNewConfigMap().withName(name).endConfigMap().build();
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
