package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import org.junit.jupiter.api.Test;

class NameRulesTest {
  private static SparkApplication named(String name) {
    return SparkApplication.builder().from(TestApps.app(s -> {})).metadata(m -> m.withName(name)).build();
  }

  @Test
  void acceptsANameOf56Characters() {
    assertThat(validate(named("a".repeat(56))).violations()).isEmpty();
  }

  @Test
  void rejectsAMissingName() {
    assertThat(violations(validate(named(null)), NameRules.REQUIRED)).containsExactly("metadata.name: error: "
        + "metadata.name is not set: give the SparkApplication a name (lower-case letters, digits and '-', starting "
        + "with a letter) [name-required]");
  }

  @Test
  void rejectsNamesThatCannotNameAService() {
    assertThat(violations(validate(named("1st_App")), NameRules.FORMAT)).containsExactly("metadata.name: error: "
        + "'1st_App' is not a valid name: the operator names the UI Service '1st_App-ui-svc', so use lower-case "
        + "letters, digits and '-', starting with a letter and ending with a letter or digit [name-format]");
  }

  @Test
  void rejectsNamesTooLongOnceTheOperatorAppendsItsSuffixes() {
    String name = "a".repeat(57);

    assertThat(violations(validate(named(name)), NameRules.LENGTH)).containsExactly("metadata.name: error: '" + name
        + "' is 57 characters long; the operator names the driver pod '" + name + "-driver' and the UI Service "
        + "'<name>-ui-svc', and a Service name has at most 63 characters: shorten the name to at most 56 characters "
        + "[name-length]");
  }

  @Test
  void scheduledApplicationsLeaveRoomForTheRunSuffix() {
    ScheduledSparkApplication scheduled = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("n".repeat(37)))
        .spec(s -> s.schedule("@daily").template(TestApps::valid))
        .build();

    assertThat(violations(validate(scheduled), NameRules.LENGTH)).containsExactly("metadata.name: error: '"
        + "n".repeat(37) + "' is 37 characters long; the operator names each run '<name>-<timestamp>' and its UI "
        + "Service '<name>-ui-svc', and a Service name has at most 63 characters: shorten the name to at most 36 "
        + "characters [name-length]");
  }
}
