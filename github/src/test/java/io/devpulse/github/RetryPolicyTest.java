package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  @Test
  void backoffDoublesUpToTheMaximum() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5));

    assertThat(policy.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.backoff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.backoff(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.backoff(4)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.backoff(60)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void defaultsMakeFiveAttempts() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.retriesAfter(4)).isTrue();
    assertThat(policy.retriesAfter(5)).isFalse();
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .hasMessage("maxAttempts (0) must be positive");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("backoff (PT2S up to PT1S) must not be negative and must not shrink");
    assertThatThrownBy(() -> RetryPolicy.defaults().backoff(0))
        .hasMessage("failedAttempts (0) must be positive");
  }
}
