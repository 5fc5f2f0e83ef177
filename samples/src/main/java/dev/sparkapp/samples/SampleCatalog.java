package dev.sparkapp.samples;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every sample of this module, by name: what {@code sparkapp render NAME} renders. */
public final class SampleCatalog {
  private static final List<Sample> SAMPLES = List.of(
      new SparkPiSample(),
      new PySparkEtlSample(),
      new NightlyScheduledSample(),
      new StreamingLogStalenessSample(),
      new TcpExecutorsSample(),
      new SubmissionServiceSample(),
      new SparkConnectSample(),
      new ApachePiSample(),
      new ApacheClusterSample());

  private SampleCatalog() {}

  /** Returns every sample, in the order {@code sparkapp render --list} prints them. */
  public static List<Sample> all() {
    return SAMPLES;
  }

  /** Returns the sample called {@code name}, if there is one. */
  public static Optional<Sample> named(String name) {
    return SAMPLES.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Returns the names of all samples, comma-separated, for error messages. */
  public static String names() {
    return SAMPLES.stream().map(Sample::name).collect(Collectors.joining(", "));
  }
}
