package dev.sparkapp.samples;

import dev.sparkapp.client.ApplicationWatch;
import dev.sparkapp.client.Diagnosis;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.client.WatchOptions;
import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.yaml.SparkYaml;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * The embedding use case: a tiny job submission service that turns a parameter list (here, the days
 * of a backfill) into one SparkApplication per parameter and prints them as one multi-document YAML
 * stream, or applies them to the cluster with {@code --apply}; with {@code --watch}, it submits them,
 * follows every application through one watch (no polling loop: transitions arrive from the watch) until
 * each ends, and prints why each failed one failed.
 *
 * <pre>{@code java dev.sparkapp.samples.SubmissionServiceSample [--apply|--watch] 2024-06-01 2024-06-02 ...}</pre>
 */
public final class SubmissionServiceSample implements Sample {
  /** The days the catalog's rendering backfills. */
  static final List<String> DEFAULT_DAYS = List.of("2024-06-01", "2024-06-02", "2024-06-03");

  /** Exit status for a bad command line. */
  static final int EXIT_USAGE = 2;

  /** The command-line flag that applies the batch instead of printing it. */
  static final String APPLY_FLAG = "--apply";

  /** The command-line flag that submits the batch, watches it to the end and diagnoses failures. */
  static final String WATCH_FLAG = "--watch";

  /** Exit status when an application of the batch failed. */
  static final int EXIT_FAILED = 1;

  /** Exit status when the batch did not end within the time-out. */
  static final int EXIT_TIMEOUT = 3;

  /** The label every application of the batch carries, and the watch selects on. */
  static final String PART_OF = "app.kubernetes.io/part-of";

  @Override
  public String name() {
    return "submission-service";
  }

  @Override
  public String description() {
    return "A Java service that renders (or applies) one app per day of a backfill";
  }

  /**
   * Returns one application per day, named {@code orders-backfill-DAY}.
   *
   * @param days ISO dates such as {@code 2024-06-01}
   * @throws IllegalArgumentException if a day is not an ISO date
   */
  public List<SparkApplication> batch(List<String> days) {
    List<SparkApplication> apps = new ArrayList<>(days.size());
    for (String day : days) {
      apps.add(applicationFor(parseDay(day)));
    }
    return List.copyOf(apps);
  }

  private static LocalDate parseDay(String day) {
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date (YYYY-MM-DD): '" + day + "'", e);
    }
  }

  private static SparkApplication applicationFor(LocalDate day) {
    return SparkApplication.builder()
        .metadata(m -> m.withName("orders-backfill-" + day).withNamespace("default")
            .addToLabels(PART_OF, "orders-backfill"))
        .spec(s -> s.type(SparkApplicationType.JAVA).mode(DeployMode.CLUSTER)
            .image(SparkPiSample.IMAGE).sparkVersion(SparkPiSample.SPARK_VERSION)
            .mainClass("com.example.orders.Backfill")
            .mainApplicationFile("local:///opt/spark/jars/orders.jar")
            .addArguments("--day", day.toString())
            .restartPolicy(RestartPolicy.of(RestartPolicyType.NEVER))
            .timeToLiveSeconds(86_400L)
            .driver(d -> d.cores(1).memory("1g").serviceAccount("spark-operator-spark"))
            .executor(e -> e.instances(2).cores(1).memory("2g")))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.copyOf(batch(DEFAULT_DAYS));
  }

  /**
   * Renders or applies the batch for the days on the command line.
   *
   * @param args {@code [--apply] DAY...}
   */
  public static void main(String[] args) {
    if (List.of(args).contains(WATCH_FLAG)) {
      List<String> days = List.of(args).stream().filter(a -> !a.equals(WATCH_FLAG)).toList();
      try (SparkClient client = SparkClient.create()) {
        System.exit(submitAndWatch(client, new SubmissionServiceSample().batch(days), System.out, Duration.ofHours(6)));
      }
    }
    int status = run(List.of(args), System.out, System.err, SubmissionServiceSample::applyToCluster);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * The service's body, with its outputs and its apply step passed in so that tests and other
   * embedders can replace them.
   *
   * @return the exit status: 0, or {@link #EXIT_USAGE} for a bad command line
   */
  static int run(List<String> args, PrintStream out, PrintStream err,
      Consumer<List<SparkApplication>> applier) {
    boolean apply = args.contains(APPLY_FLAG);
    List<String> days = args.stream().filter(a -> !a.equals(APPLY_FLAG)).toList();
    if (days.isEmpty()) {
      err.println("usage: SubmissionServiceSample [--apply] DAY...   (DAY is YYYY-MM-DD)");
      return EXIT_USAGE;
    }
    List<SparkApplication> apps;
    try {
      apps = new SubmissionServiceSample().batch(days);
    } catch (IllegalArgumentException e) {
      err.println("submission-service: " + e.getMessage());
      return EXIT_USAGE;
    }
    if (apply) {
      applier.accept(apps);
      apps.forEach(app -> out.println("applied " + app.name().orElseThrow()));
    } else {
      out.print(SparkYaml.strict().toYaml(apps));
      out.flush();
    }
    return 0;
  }

  /**
   * Applies the batch to the cluster of the current kubeconfig context with {@link SparkClient}, which
   * validates every application first and stops at the first failure.
   */
  static void applyToCluster(List<SparkApplication> apps) {
    try (SparkClient client = SparkClient.create()) {
      client.apply(apps);
    }
  }

  /**
   * Submits {@code apps} and follows them to their end through one watch of the batch's label, printing
   * each state transition as it arrives; then prints the diagnosis of every application that failed. The
   * watch starts before the submission, so no transition is missed; nothing polls.
   *
   * @return 0 when all completed, {@link #EXIT_FAILED} when one failed, {@link #EXIT_TIMEOUT} when
   *     {@code timeout} passed first
   */
  static int submitAndWatch(SparkClient client, List<SparkApplication> apps, PrintStream out, Duration timeout) {
    Set<String> names = apps.stream().map(a -> a.name().orElseThrow()).collect(Collectors.toSet());
    Map<String, String> ended = new ConcurrentHashMap<>();
    CountDownLatch allEnded = new CountDownLatch(names.size());
    WatchOptions batch = WatchOptions.builder().labelSelector(PART_OF + "=orders-backfill").build();
    try (ApplicationWatch<SparkApplication> watch = client.watch(SparkApplication.class, batch, transition -> {
      if (!names.contains(transition.name())) {
        return;
      }
      out.println(transition);
      if ((transition.terminal() || transition.deleted()) && ended.putIfAbsent(transition.name(), transition.to()) == null) {
        allEnded.countDown();
      }
    })) {
      client.apply(apps);
      if (!allEnded.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        out.println("timed out after " + timeout + "; still running: " + names.stream()
            .filter(n -> !ended.containsKey(n)).sorted().toList());
        return EXIT_TIMEOUT;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return EXIT_TIMEOUT;
    }
    Map<String, String> failed = new TreeMap<>(ended);
    failed.values().removeIf("COMPLETED"::equals);
    for (String name : failed.keySet()) {
      Diagnosis diagnosis = client.diagnose(SparkApplication.class, name);
      out.println();
      out.print(diagnosis.render());
    }
    out.flush();
    return failed.isEmpty() ? 0 : EXIT_FAILED;
  }
}
