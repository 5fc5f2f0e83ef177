package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.Map;

/**
 * A probe the user wrote as a fabric8 {@link Probe}: placed as written in the Spark container, with its
 * own handler and timing; nothing is pinned and no logging is wired. A copy is kept, so later changes to
 * the user's bean do not reach it.
 */
record CustomProbe(Probe probe) implements ProbeCheck {
  CustomProbe {
    probe = new ProbeBuilder(probe).build();
  }

  @Override
  public String name() {
    return "custom";
  }

  @Override
  public Map<String, String> pins(SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    return Map.of();
  }

  /** Sets the whole probe, handler and timing, as written; {@link ProbePreset} keeps the timing set here. */
  @Override
  public void handler(ProbeBuilder builder, SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    Probe copy = new ProbeBuilder(probe).build();
    builder.withExec(copy.getExec()).withHttpGet(copy.getHttpGet()).withTcpSocket(copy.getTcpSocket())
        .withGrpc(copy.getGrpc())
        .withInitialDelaySeconds(copy.getInitialDelaySeconds()).withPeriodSeconds(copy.getPeriodSeconds())
        .withTimeoutSeconds(copy.getTimeoutSeconds()).withFailureThreshold(copy.getFailureThreshold())
        .withSuccessThreshold(copy.getSuccessThreshold())
        .withTerminationGracePeriodSeconds(copy.getTerminationGracePeriodSeconds());
  }
}
