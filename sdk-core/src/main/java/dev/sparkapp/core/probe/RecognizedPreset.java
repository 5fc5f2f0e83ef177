package dev.sparkapp.core.probe;

import dev.sparkapp.core.SparkPorts;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javax.annotation.Nullable;

/**
 * Which of the SDK's presets a probe found in a manifest or a pod is, by the shape the preset writes, and
 * with what parameters: what {@link Probes#recognize} returns. Presets that follow a port set in {@code
 * sparkConf} are recognised by their handler; a TCP probe is named after the preset whose default port it
 * probes ({@code driver-rpc} 7078, {@code block-manager} 7079, {@code connect-grpc} 15002, {@code master-rpc}
 * 7077), else {@code tcp}. Immutable.
 */
public final class RecognizedPreset {
  private final String name;
  @Nullable private final Integer port;
  @Nullable private final Duration maxAge;
  @Nullable private final Duration stall;
  private final boolean tcp;

  private RecognizedPreset(String name, @Nullable Integer port, @Nullable Duration maxAge, @Nullable Duration stall,
      boolean tcp) {
    this.tcp = tcp;
    this.name = name;
    this.port = port;
    this.maxAge = maxAge;
    this.stall = stall;
  }

  static RecognizedPreset onPort(String name, @Nullable Integer port) {
    return new RecognizedPreset(name, port, null, null, false);
  }

  static RecognizedPreset logStaleness(Duration maxAge) {
    return new RecognizedPreset(LogStalenessCheck.NAME, null, maxAge, null, false);
  }

  static RecognizedPreset jobProgress(Duration stall) {
    return new RecognizedPreset(JobProgressCheck.NAME, null, null, stall, false);
  }

  /** Names the TCP preset of {@code port} by the default ports of the TCP presets; {@code tcp} for another port. */
  static RecognizedPreset tcp(@Nullable Integer port) {
    String name = port == null ? "tcp" : switch (port) {
      case SparkPorts.DEFAULT_DRIVER_PORT -> TcpPortCheck.DRIVER_RPC.name();
      case SparkPorts.DEFAULT_BLOCK_MANAGER_PORT -> TcpPortCheck.BLOCK_MANAGER.name();
      case SparkPorts.DEFAULT_CONNECT_GRPC_PORT -> ConnectGrpcCheck.INSTANCE.name();
      case SparkPorts.MASTER_RPC_PORT -> TcpPortCheck.MASTER_RPC.name();
      default -> "tcp";
    };
    return new RecognizedPreset(name, port, null, null, true);
  }

  /**
   * Returns the preset's name, one of {@link Probes#NAMES} ({@code spark-ui}, {@code log-staleness}, {@code
   * job-progress}, {@code driver-rpc}, ...); {@code tcp} for a TCP probe on a port no TCP preset defaults to.
   */
  public String name() {
    return name;
  }

  /** Returns whether the probe is a TCP connect (a {@code tcp} preset of any port). */
  public boolean isTcp() {
    return tcp;
  }

  /** Returns the port probed by an HTTP or TCP preset; empty for the exec presets or a named port. */
  public OptionalInt port() {
    return port == null ? OptionalInt.empty() : OptionalInt.of(port);
  }

  /** Returns a log-staleness probe's maximum log age; empty for the other presets. */
  public Optional<Duration> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  /** Returns a job-progress probe's stall limit; empty for the other presets. */
  public Optional<Duration> stall() {
    return Optional.ofNullable(stall);
  }

  /**
   * Returns the preset with its parameters as people read them: {@code job-progress (stall 15m)}, {@code
   * log-staleness (max age 10m)}, {@code tcp (driver-rpc, port 7078)}, {@code spark-ui (port 4040)}.
   */
  public String describe() {
    if (stall != null) {
      return name + " (stall " + human(stall) + ")";
    }
    if (maxAge != null) {
      return name + " (max age " + human(maxAge) + ")";
    }
    if (isTcp()) {
      return port == null ? "tcp" : name.equals("tcp") ? "tcp (port " + port + ")" : "tcp (" + name + ", port " + port + ")";
    }
    return port == null ? name : name + " (port " + port + ")";
  }

  /** Whole hours, minutes or seconds: {@code 1h}, {@code 15m}, {@code 90s}. */
  static String human(Duration d) {
    long s = d.getSeconds();
    if (s > 0 && s % 3600 == 0) {
      return s / 3600 + "h";
    }
    if (s > 0 && s % 60 == 0) {
      return s / 60 + "m";
    }
    return s + "s";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecognizedPreset other && name.equals(other.name) && Objects.equals(port, other.port)
        && Objects.equals(maxAge, other.maxAge) && Objects.equals(stall, other.stall) && tcp == other.tcp;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, port, maxAge, stall);
  }

  @Override
  public String toString() {
    return "RecognizedPreset{" + describe() + "}";
  }
}
