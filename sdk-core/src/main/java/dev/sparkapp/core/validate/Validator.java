package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkConnectSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import java.util.List;
import java.util.Objects;

/**
 * Internal to the SDK: the typed-model half of validation, which {@code dev.sparkapp.yaml.ManifestValidator}
 * runs. <b>Use {@code ManifestValidator}</b>, the SDK's one validation entry point: it checks the CRD
 * schema as well, gives violations their {@code line:column}, and takes the same options:
 *
 * <pre>{@code
 * ManifestValidator.defaults().targetOperatorVersion("2.1.0").validate(app).throwIfErrors();
 * }</pre>
 *
 * <p>This class is public only because {@code ManifestValidator} lives in another module; it checks a
 * resource of any kind in {@link ResourceKinds} against the rules that the API server,
 * the operator and Spark apply, reading only the typed model. Instances are immutable; the option methods
 * return changed copies.
 */
public final class Validator {
  private final OperatorVersion target;
  private final boolean strict;
  private final List<Rule> rules;

  private Validator(OperatorVersion target, boolean strict) {
    this.target = target;
    this.strict = strict;
    this.rules = List.of(
        new NameRules(),
        new ScheduleRules(),
        new ApplicationTypeRules(),
        new RestartPolicyRules(),
        new DynamicAllocationRules(),
        new SecretRules(),
        new OpenValueRules(),
        new ResourceRules(),
        new PodTemplateRules(),
        new ConfVolumeRules(),
        new OverriddenSparkConfRules(target),
        new ProbeRules(),
        new SparkProbeRules(),
        new ConnectRules(),
        new OperatorVersionRules(target));
  }

  /** Returns a validator targeting the operator release whose CRDs the SDK bundles (2.5.2), not strict. */
  public static Validator defaults() {
    return new Validator(OperatorVersion.BUNDLED, false);
  }

  /**
   * Returns a copy that targets spark-operator {@code version} ({@code 2.1.0}, {@code v2.1.0} or
   * {@code 2.1}): features the target does not know are errors.
   *
   * @throws InvalidArgumentException when {@code version} is not of that form
   */
  public Validator targetOperatorVersion(String version) {
    return new Validator(OperatorVersion.parse(version), strict);
  }

  /** Returns a copy that, when {@code strict}, reports every warning as an error. */
  public Validator strict(boolean strict) {
    return new Validator(target, strict);
  }

  /** The targeted operator release, as {@code major.minor.patch}. */
  public String targetOperatorVersion() {
    return target.toString();
  }

  /** Whether warnings are reported as errors. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Checks {@code resource} and returns every violation found.
   *
   * @throws InvalidArgumentException when {@code resource} is of no kind registered in {@code ResourceKinds}
   */
  public ValidationResult validate(SparkResource resource) {
    Objects.requireNonNull(resource, "resource");
    ResourceKind<?> kind = ResourceKinds.find(resource).orElseThrow(() -> new InvalidArgumentException(
        "cannot validate a " + resource.getClass().getName() + ": give a resource of a kind the SDK models ("
            + ResourceKinds.names() + ")"));
    Findings findings = new Findings();
    rules.forEach(rule -> rule.checkResource(resource, findings));
    for (ResourceKind.Part part : parts(kind, resource)) {
      checkPart(part, resource, findings);
    }
    return ValidationResult.of(applyStrict(findings.violations()));
  }

  private static <R extends SparkResource> List<ResourceKind.Part> parts(ResourceKind<R> kind, SparkResource resource) {
    return kind.parts(kind.cast(resource));
  }

  /** Calls the hooks that fit the part's type. */
  private void checkPart(ResourceKind.Part part, SparkResource owner, Findings findings) {
    Object value = part.value();
    if (value instanceof SparkApplicationSpec spec) {
      checkSpec(spec, part.path(), findings);
    } else if (value instanceof ScheduledSparkApplicationSpec schedule) {
      rules.forEach(rule -> rule.checkSchedule(schedule, part.path(), findings));
    } else if (value instanceof SparkConnectSpec connect) {
      rules.forEach(rule -> rule.checkConnect(connect, part.path(), owner, findings));
    } else if (value instanceof ApacheSparkApplication app) {
      ApacheValidation.RULES.forEach(rule -> rule.checkApplication(app, findings));
    } else if (value instanceof ApacheSparkCluster cluster) {
      ApacheValidation.RULES.forEach(rule -> rule.checkCluster(cluster, findings));
    } else {
      throw new IllegalStateException("no rule checks a part of type " + value.getClass().getName());
    }
  }

  /** Returns {@code violations} with warnings made errors when this validator is strict. */
  private List<Violation> applyStrict(List<Violation> violations) {
    return strict ? violations.stream().map(v -> v.withSeverity(Severity.ERROR)).toList() : List.copyOf(violations);
  }

  private void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {
    rules.forEach(rule -> rule.checkSpec(spec, at, findings));
    for (SparkPod role : SparkPod.applicationRoles()) {
      role.specIn(spec).ifPresent(pod ->
          rules.forEach(rule -> rule.checkPod(spec, role, pod, at.field(role.specField()), findings)));
    }
  }
}
