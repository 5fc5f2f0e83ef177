package dev.sparkapp.client;

import dev.sparkapp.core.RetryPosition;
import java.util.List;
import java.util.Optional;

/**
 * Why an application failed or restarted, as {@link SparkClient#diagnose} read it from the operator's
 * status, the pods' statuses, the events and the driver's log: the state, the operator's retry position,
 * and the causes found, the most telling first, each with its evidence and what to do. No finding means
 * nothing is wrong that the cluster shows.
 *
 * @param kind the kind diagnosed, for example {@code SparkApplication}
 * @param namespace the namespace
 * @param name the name of the resource diagnosed; for a ScheduledSparkApplication, its last run
 * @param via for a ScheduledSparkApplication, {@code ScheduledSparkApplication NAME}, whose last run this is
 * @param state the state as the operator writes it ({@code ""} before it wrote one)
 * @param errorMessage the operator's error message, if any
 * @param retry where the operator stands in its retries
 * @param findings the causes found, the most telling first
 * @param lastLogLines the last lines of the driver's log (the previous container's, when a container was
 *     killed), at most 20; empty when there was no log to read
 */
public record Diagnosis(String kind, String namespace, String name, Optional<String> via, String state,
    Optional<String> errorMessage, RetryPosition retry, List<Finding> findings, List<String> lastLogLines) {
  /** Copies the lists. */
  public Diagnosis {
    findings = List.copyOf(findings);
    lastLogLines = List.copyOf(lastLogLines);
  }

  /** Returns the most telling finding, if any. */
  public Optional<Finding> primary() {
    return findings.stream().findFirst();
  }

  /** Returns whether a finding has {@code cause}. */
  public boolean has(Cause cause) {
    return findings.stream().anyMatch(f -> f.cause() == cause);
  }

  /** Returns the findings with {@code cause}. */
  public List<Finding> findings(Cause cause) {
    return findings.stream().filter(f -> f.cause() == cause).toList();
  }

  /** Returns the diagnosis as text for one screen, as {@code sparkapp why} prints it. */
  public String render() {
    StringBuilder text = new StringBuilder();
    text.append(kind).append(' ').append(namespace).append('/').append(name)
        .append(via.map(v -> " (last run of " + v + ")").orElse("")).append(": ")
        .append(state.isEmpty() ? "NEW" : state).append('\n');
    if (!retry.policy().isEmpty()) {
      text.append("Retry:  ").append(retry.describe()).append('\n');
    }
    errorMessage.ifPresent(e -> text.append("Error:  ").append(e).append('\n'));
    if (findings.isEmpty()) {
      text.append("No cause found: the pods, their containers and the events show nothing wrong.\n");
    }
    int n = 1;
    for (Finding finding : findings) {
      text.append('\n').append(n++).append(". ").append(capitalised(finding.cause().words()))
          .append(finding.probePreset().map(p -> " (preset " + p + ")").orElse(""))
          .append(finding.earlierAttempt() ? " [earlier attempt]" : "").append(": ").append(finding.summary())
          .append('\n');
      finding.evidence().forEach(e -> text.append("   evidence: ").append(e).append('\n'));
      String command = (kind.equals("SparkConnect") ? " --connect " : " ") + name;
      text.append("   do: ").append(finding.advice().replace(" NAME", command)).append('\n');
    }
    if (!lastLogLines.isEmpty()) {
      text.append("\nLast driver log lines:\n");
      lastLogLines.forEach(l -> text.append("   ").append(l).append('\n'));
    }
    return text.toString();
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  @Override
  public String toString() {
    return render();
  }
}
