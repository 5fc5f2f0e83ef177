package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkApplicationStatusTest {
  @Test
  void consumerHelpersBuildTheSameValueAsPassingBuiltParts() {
    SparkApplicationStatus viaConsumers = SparkApplicationStatus.builder()
        .sparkApplicationId("spark-123")
        .driverInfo(d -> d.podName("spark-pi-driver").webUIPort(4040).webUIServiceName("spark-pi-ui-svc"))
        .applicationState(a -> a.state("FAILED").errorMessage("driver exited with 1"))
        .build();
    SparkApplicationStatus viaParts = SparkApplicationStatus.builder()
        .sparkApplicationId("spark-123")
        .driverInfo(DriverInfo.builder().podName("spark-pi-driver").webUIPort(4040).webUIServiceName("spark-pi-ui-svc").build())
        .applicationState(ApplicationState.builder().state("FAILED").errorMessage("driver exited with 1").build())
        .build();

    assertThat(viaConsumers).isEqualTo(viaParts).hasSameHashCodeAs(viaParts);
    assertThat(viaConsumers.driverInfo().flatMap(DriverInfo::webUIPort)).contains(4040);
    assertThat(viaConsumers.applicationState().map(ApplicationState::stateType)).contains(ApplicationStateType.FAILED);
  }

  @Test
  void theApplicationStateHelperRequiresAState() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SparkApplicationStatus.builder().applicationState(a -> a.errorMessage("boom")))
        .withMessage("Cannot build ApplicationState, some of required attributes are not set [state]");
  }

  @Test
  void anEmptyStatusHasNothingSet() {
    SparkApplicationStatus status = SparkApplicationStatus.builder().build();

    assertThat(status.applicationState()).isEmpty();
    assertThat(status.driverInfo()).isEmpty();
    assertThat(status.executionAttempts()).isEmpty();
    assertThat(status.executorState()).isNull();
  }

  @Test
  void executorStateKeepsTheStateOfEachExecutorPod() {
    SparkApplicationStatus status = SparkApplicationStatus.builder()
        .putExecutorState("spark-pi-exec-1", "RUNNING")
        .putExecutorState("spark-pi-exec-2", "FAILED")
        .build();

    assertThat(status.executorState())
        .containsExactly(Map.entry("spark-pi-exec-1", "RUNNING"), Map.entry("spark-pi-exec-2", "FAILED"));
  }
}
