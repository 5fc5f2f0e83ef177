package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code spark.kubernetes.<pod>.volumes.<type>.<name>.*} settings that make Spark fail the submission
 * ({@code KubernetesVolumeUtils.parseVolumesWithPrefix}, {@code MountVolumesFeatureStep}): a type other
 * than hostPath, emptyDir, nfs and persistentVolumeClaim, no {@code mount.path}, a missing required
 * option ({@code options.path} of hostPath and nfs, {@code options.server} of nfs,
 * {@code options.claimName} of persistentVolumeClaim), both {@code mount.subPath} and
 * {@code mount.subPathExpr}, and two volumes on one mount path.
 */
final class ConfVolumeRules implements Rule {
  static final String RULE = "spark-conf-volume";

  @Override
  public void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {
    FieldPath conf = at.field("sparkConf");
    for (SparkPod role : SparkPod.applicationRoles()) {
      String prefix = "spark.kubernetes." + role.specField() + ".volumes.";
      Map<String, String> pathOwners = new HashMap<>();
      for (BuiltPod.ConfVolume volume : BuiltPod.confVolumes(spec, role)) {
        String base = prefix + volume.type() + "." + volume.name() + ".";
        FieldPath path = volume.origin().startsWith("sparkConf") ? conf.field(base + "mount.path")
            : at.field(role.specField()).field("volumeMounts");
        if (!BuiltPod.CONF_VOLUME_TYPES.contains(volume.type())) {
          findings.error(conf.field(base.substring(0, base.length() - 1)), RULE, "Spark supports no volume type '"
              + volume.type() + "' and fails the submission: use hostPath, emptyDir, nfs or persistentVolumeClaim, "
              + "or declare the volume in spec.volumes or the template");
          continue;
        }
        String mountPath = volume.get("mount.path");
        if (mountPath == null) {
          findings.error(path, RULE, "volume '" + volume.name() + "' has no " + base + "mount.path, and Spark fails the "
              + "submission: set the path to mount it at");
        } else if (pathOwners.containsKey(mountPath)) {
          findings.error(path, RULE, "volumes '" + pathOwners.get(mountPath) + "' and '" + volume.name()
              + "' are both mounted at " + mountPath + ", and Spark fails the submission with 'Found duplicated "
              + "mountPath': give each its own path");
        } else {
          pathOwners.put(mountPath, volume.name());
        }
        for (String option : required(volume.type())) {
          if (volume.get(option) == null && volume.origin().startsWith("sparkConf")) {
            findings.error(conf.field(base + option), RULE, base + option + " is required for a " + volume.type()
                + " volume, and Spark fails the submission without it: set it");
          }
        }
        if (volume.get("mount.subPath") != null && volume.get("mount.subPathExpr") != null) {
          findings.error(conf.field(base + "mount.subPathExpr"), RULE, base + "mount.subPath and mount.subPathExpr "
              + "exclude each other, and Spark fails the submission with both: keep one");
        }
      }
    }
  }

  private static List<String> required(String type) {
    return switch (type) {
      case "hostPath" -> List.of("options.path");
      case "nfs" -> List.of("options.path", "options.server");
      case "persistentVolumeClaim" -> List.of("options.claimName");
      default -> List.of();
    };
  }
}
