package dev.sparkapp.core.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sparkapp.core.InvalidArgumentException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Apache operator's closed sets: each constant prints, serializes and parses as the CRD spells it
 * (the spellings here are copied from the CRD), and {@code fromValue} names every spelling when it
 * refuses one.
 */
class ApacheEnumsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> sets() {
    return Stream.of(
        Arguments.of(DeploymentMode.class, (Function<String, ?>) DeploymentMode::fromValue,
            List.of("ClusterMode", "ClientMode")),
        Arguments.of(ResourceRetainPolicy.class, (Function<String, ?>) ResourceRetainPolicy::fromValue,
            List.of("Always", "OnFailure", "Never")),
        Arguments.of(ApacheRestartPolicy.class, (Function<String, ?>) ApacheRestartPolicy::fromValue,
            List.of("Always", "Never", "OnFailure", "OnInfrastructureFailure")),
        Arguments.of(ClusterStateSummary.class, (Function<String, ?>) ClusterStateSummary::fromValue,
            List.of("Submitted", "SchedulingFailure", "RunningHealthy", "Failed", "ResourceReleased")),
        Arguments.of(ApplicationStateSummary.class, (Function<String, ?>) ApplicationStateSummary::fromValue,
            List.of("Submitted", "ScheduledToRestart", "DriverRequested", "DriverStarted", "DriverReady",
                "InitializedBelowThresholdExecutors", "RunningHealthy", "RunningWithPartialCapacity",
                "RunningWithBelowThresholdExecutors", "DriverStartTimedOut", "ExecutorsStartTimedOut",
                "DriverReadyTimedOut", "Succeeded", "Failed", "SchedulingFailure", "DriverEvicted", "ResourceReleased",
                "TerminatedWithoutReleaseResources")));
  }

  @ParameterizedTest
  @MethodSource("sets")
  void eachConstantPrintsSerializesAndParsesAsTheCrdSpellsItInTheOperatorsOrder(Class<? extends Enum<?>> type,
      Function<String, ?> fromValue, List<String> spellings) throws Exception {
    assertThat(Arrays.stream(type.getEnumConstants()).map(Object::toString)).containsExactlyElementsOf(spellings);
    for (Enum<?> constant : type.getEnumConstants()) {
      assertThat(fromValue.apply(constant.toString())).isSameAs(constant);
      assertThat(JSON.writeValueAsString(constant)).isEqualTo("\"" + constant + "\"");
      assertThat(JSON.readValue("\"" + constant + "\"", type)).isSameAs(constant);
    }
  }

  @ParameterizedTest
  @MethodSource("sets")
  void fromValueRefusesAnotherSpellingNamingEveryValidOne(Class<? extends Enum<?>> type,
      Function<String, ?> fromValue, List<String> spellings) {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> fromValue.apply(spellings.get(0).toLowerCase()))
        .withMessage("'" + spellings.get(0).toLowerCase() + "' is not a valid " + type.getSimpleName()
            + "; expected one of " + spellings.stream().map(s -> "'" + s + "'").collect(Collectors.joining(", ", "[", "]")));
  }

  @Test
  void theApplicationFailuresAndTerminalStatesAreTheOperators() {
    assertThat(Arrays.stream(ApplicationStateSummary.values()).filter(ApplicationStateSummary::isFailure).map(Object::toString))
        .containsExactlyInAnyOrder("DriverStartTimedOut", "ExecutorsStartTimedOut", "SchedulingFailure", "DriverEvicted",
            "Failed", "DriverReadyTimedOut");
    assertThat(Arrays.stream(ApplicationStateSummary.values()).filter(ApplicationStateSummary::isTerminated).map(Object::toString))
        .containsExactlyInAnyOrder("ResourceReleased", "TerminatedWithoutReleaseResources");
    assertThat(Arrays.stream(ClusterStateSummary.values()).filter(ClusterStateSummary::isFailure).map(Object::toString))
        .containsExactlyInAnyOrder("SchedulingFailure", "Failed");
    assertThat(Arrays.stream(ClusterStateSummary.values()).filter(ClusterStateSummary::isTerminated).map(Object::toString))
        .containsExactly("ResourceReleased");
  }
}
