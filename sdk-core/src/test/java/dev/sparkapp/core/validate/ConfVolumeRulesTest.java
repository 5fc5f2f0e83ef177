package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfVolumeRulesTest {
  private static final String P = "spark.kubernetes.executor.volumes.";

  @Test
  void acceptsCompleteVolumesOfEveryType() {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put(P + "hostPath.logs.mount.path", "/logs");
    conf.put(P + "hostPath.logs.options.path", "/var/log/spark");
    conf.put(P + "emptyDir.scratch.mount.path", "/scratch");
    conf.put(P + "nfs.shared.mount.path", "/shared");
    conf.put(P + "nfs.shared.options.path", "/export");
    conf.put(P + "nfs.shared.options.server", "nfs.local");
    conf.put(P + "persistentVolumeClaim.spark-local-dir-1.mount.path", "/data1");
    conf.put(P + "persistentVolumeClaim.spark-local-dir-1.options.claimName", "OnDemand");

    assertThat(validate(TestApps.app(s -> s.sparkConf(conf))).violations()).isEmpty();
  }

  @Test
  void rejectsVolumesSparkFailsTheSubmissionFor() {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put(P + "configMap.conf.mount.path", "/conf");
    conf.put(P + "persistentVolumeClaim.data.options.claimName", "data");
    conf.put(P + "nfs.shared.mount.path", "/shared");
    conf.put(P + "nfs.shared.options.path", "/export");
    conf.put(P + "emptyDir.a.mount.path", "/same");
    conf.put(P + "emptyDir.b.mount.path", "/same");
    conf.put(P + "emptyDir.b.mount.subPath", "x");
    conf.put(P + "emptyDir.b.mount.subPathExpr", "$(POD)");

    assertThat(violations(validate(TestApps.app(s -> s.sparkConf(conf))), ConfVolumeRules.RULE)).containsExactly(
        "spec.sparkConf[\"" + P + "configMap.conf\"]: error: Spark supports no volume type 'configMap' and fails the "
            + "submission: use hostPath, emptyDir, nfs or persistentVolumeClaim, or declare the volume in spec.volumes "
            + "or the template [spark-conf-volume]",
        "spec.sparkConf[\"" + P + "persistentVolumeClaim.data.mount.path\"]: error: volume 'data' has no " + P
            + "persistentVolumeClaim.data.mount.path, and Spark fails the submission: set the path to mount it at "
            + "[spark-conf-volume]",
        "spec.sparkConf[\"" + P + "nfs.shared.options.server\"]: error: " + P + "nfs.shared.options.server is required "
            + "for a nfs volume, and Spark fails the submission without it: set it [spark-conf-volume]",
        "spec.sparkConf[\"" + P + "emptyDir.b.mount.path\"]: error: volumes 'a' and 'b' are both mounted at /same, "
            + "and Spark fails the submission with 'Found duplicated mountPath': give each its own path "
            + "[spark-conf-volume]",
        "spec.sparkConf[\"" + P + "emptyDir.b.mount.subPathExpr\"]: error: " + P + "emptyDir.b.mount.subPath and "
            + "mount.subPathExpr exclude each other, and Spark fails the submission with both: keep one "
            + "[spark-conf-volume]");
  }
}
