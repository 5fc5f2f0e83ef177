package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestartPolicyTest {
  @Test
  void ofSetsTheTypeAndNoRetrySettings() {
    RestartPolicy policy = RestartPolicy.of(RestartPolicyType.ON_FAILURE);

    assertThat(policy.type()).contains(RestartPolicyType.ON_FAILURE);
    assertThat(policy.onFailureRetries()).isEmpty();
    assertThat(policy.onFailureRetryInterval()).isEmpty();
    assertThat(policy.onSubmissionFailureRetries()).isEmpty();
    assertThat(policy.onSubmissionFailureRetryInterval()).isEmpty();
  }

  @Test
  void ofIsTheSameAsTheBuilder() {
    RestartPolicy built = RestartPolicy.builder().type(RestartPolicyType.NEVER).build();

    assertThat(RestartPolicy.of(RestartPolicyType.NEVER)).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(RestartPolicy.of(RestartPolicyType.ALWAYS)).isNotEqualTo(built);
  }

  @Test
  void nothingIsRequiredToBuild() {
    RestartPolicy policy = RestartPolicy.builder().onFailureRetries(3).onFailureRetryInterval(10L).build();

    assertThat(policy.type()).isEmpty();
    assertThat(policy.onFailureRetries()).contains(3);
    assertThat(policy.onFailureRetryInterval()).contains(10L);
  }
}
