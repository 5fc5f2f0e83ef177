package dev.sparkapp.client;

import dev.sparkapp.core.InvalidArgumentException;
import java.util.Objects;

/**
 * How a {@link SparkClient} writes to the cluster: apply strategy, field manager, {@code force},
 * server-side dry run and client-side validation. Immutable; start from {@link #defaults()} and change
 * with {@link #toBuilder()}.
 *
 * <pre>{@code
 * SparkClientOptions options = SparkClientOptions.defaults().toBuilder()
 *     .fieldManager("job-service").force(true).build();
 * }</pre>
 */
public final class SparkClientOptions {
  /** The field manager used unless another is set: {@value}. */
  public static final String DEFAULT_FIELD_MANAGER = "sparkapp";

  private static final SparkClientOptions DEFAULTS = new Builder().build();

  private final ApplyStrategy strategy;
  private final String fieldManager;
  private final boolean force;
  private final boolean dryRun;
  private final boolean validate;

  private SparkClientOptions(Builder builder) {
    this.strategy = builder.strategy;
    this.fieldManager = builder.fieldManager;
    this.force = builder.force;
    this.dryRun = builder.dryRun;
    this.validate = builder.validate;
  }

  /**
   * Returns the defaults: server-side apply as {@value #DEFAULT_FIELD_MANAGER}, no force, no dry run,
   * validation on.
   */
  public static SparkClientOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a builder that starts from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the apply strategy; {@link ApplyStrategy#SERVER_SIDE_APPLY} by default. */
  public ApplyStrategy strategy() {
    return strategy;
  }

  /** Returns the server-side apply field manager; {@value #DEFAULT_FIELD_MANAGER} by default. */
  public String fieldManager() {
    return fieldManager;
  }

  /**
   * Returns whether server-side apply takes over fields owned by other field managers instead of
   * failing with a {@link ConflictException}; {@code false} by default.
   */
  public boolean force() {
    return force;
  }

  /**
   * Returns whether writes are server-side dry runs ({@code dryRun=All}): the server validates and
   * answers with the result but stores nothing; {@code false} by default.
   */
  public boolean dryRun() {
    return dryRun;
  }

  /** Returns whether resources are validated before they are sent; {@code true} by default. */
  public boolean validate() {
    return validate;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SparkClientOptions that
        && strategy == that.strategy
        && fieldManager.equals(that.fieldManager)
        && force == that.force
        && dryRun == that.dryRun
        && validate == that.validate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, fieldManager, force, dryRun, validate);
  }

  @Override
  public String toString() {
    return "SparkClientOptions{strategy=" + strategy + ", fieldManager=" + fieldManager + ", force=" + force
        + ", dryRun=" + dryRun + ", validate=" + validate + "}";
  }

  /** Builds {@link SparkClientOptions}. */
  public static final class Builder {
    private ApplyStrategy strategy = ApplyStrategy.SERVER_SIDE_APPLY;
    private String fieldManager = DEFAULT_FIELD_MANAGER;
    private boolean force;
    private boolean dryRun;
    private boolean validate = true;

    private Builder() {}

    private Builder(SparkClientOptions from) {
      this.strategy = from.strategy;
      this.fieldManager = from.fieldManager;
      this.force = from.force;
      this.dryRun = from.dryRun;
      this.validate = from.validate;
    }

    /**
     * Sets the apply strategy.
     *
     * @return this builder
     */
    public Builder strategy(ApplyStrategy strategy) {
      this.strategy = Objects.requireNonNull(strategy, "strategy");
      return this;
    }

    /**
     * Sets the server-side apply field manager.
     *
     * @return this builder
     * @throws InvalidArgumentException if {@code fieldManager} is blank
     */
    public Builder fieldManager(String fieldManager) {
      if (Objects.requireNonNull(fieldManager, "fieldManager").isBlank()) {
        throw new InvalidArgumentException("fieldManager must not be blank; the default is " + DEFAULT_FIELD_MANAGER);
      }
      this.fieldManager = fieldManager;
      return this;
    }

    /**
     * Sets whether server-side apply forces conflicts.
     *
     * @return this builder
     */
    public Builder force(boolean force) {
      this.force = force;
      return this;
    }

    /**
     * Sets whether writes are server-side dry runs.
     *
     * @return this builder
     */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Sets whether resources are validated before they are sent.
     *
     * @return this builder
     */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /** Returns the options. */
    public SparkClientOptions build() {
      return new SparkClientOptions(this);
    }
  }
}
