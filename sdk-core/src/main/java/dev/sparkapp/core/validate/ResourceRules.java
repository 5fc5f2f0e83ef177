package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Driver and executor resources: memory sizes Spark can parse ({@code memory}, {@code memoryOverhead}),
 * at least one core, CPU quantities Kubernetes can parse ({@code coreRequest}, {@code coreLimit}) and a
 * CPU request (coreRequest, or cores) no greater than the limit.
 */
final class ResourceRules implements Rule {
  static final String MEMORY = "spark-memory";
  static final String CORES = "spark-cores";
  static final String CPU_QUANTITY = "cpu-quantity";
  static final String REQUEST_OVER_LIMIT = "core-request-exceeds-limit";

  @Override
  public void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {
    checkMemory(pod.memory(), at.field("memory"), findings);
    checkMemory(pod.memoryOverhead(), at.field("memoryOverhead"), findings);
    pod.cores().filter(c -> c < 1).ifPresent(c -> findings.error(at.field("cores"), CORES,
        "cores must be at least 1, got " + c + ": for a fraction of a CPU set coreRequest (for example 500m)"));
    Optional<BigDecimal> request = cpu(pod.coreRequest(), at.field("coreRequest"), findings);
    Optional<BigDecimal> limit = cpu(pod.coreLimit(), at.field("coreLimit"), findings);
    String requestField = request.isPresent() ? "coreRequest" : "cores";
    Optional<BigDecimal> effective = request.isPresent() ? request : pod.cores().filter(c -> c >= 1).map(BigDecimal::valueOf);
    if (effective.isPresent() && limit.isPresent() && effective.get().compareTo(limit.get()) > 0) {
      findings.error(at.field(requestField), REQUEST_OVER_LIMIT, "the CPU request " + requestField + " ("
          + plain(effective.get()) + ") is greater than coreLimit (" + plain(limit.get())
          + "), so the API server rejects the pod: lower " + requestField + " or raise coreLimit");
    }
  }

  private static void checkMemory(Optional<String> value, FieldPath path, Findings findings) {
    value.ifPresent(v -> SparkMemory.problem(v).ifPresent(why -> findings.error(path, MEMORY,
        "'" + v + "' is not a memory size Spark can parse (" + why + "): use " + SparkMemory.FORMAT)));
  }

  private static Optional<BigDecimal> cpu(Optional<String> value, FieldPath path, Findings findings) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      BigDecimal amount = Quantity.parse(value.get()).getNumericalAmount();
      if (amount.signum() > 0) {
        return Optional.of(amount);
      }
    } catch (RuntimeException e) {
      // reported below: fabric8 rejects the text as a quantity
    }
    findings.error(path, CPU_QUANTITY, "'" + value.get() + "' is not a positive CPU quantity: use a number "
        + "of cores such as 1 or 1.5, or millicores such as 500m");
    return Optional.empty();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
