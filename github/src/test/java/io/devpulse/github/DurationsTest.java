package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void asPeopleReadThem() {
    assertThat(Durations.human(Duration.ofMillis(300))).isEqualTo("300ms");
    assertThat(Durations.human(Duration.ofSeconds(45))).isEqualTo("45s");
    assertThat(Durations.human(Duration.ofSeconds(125))).isEqualTo("2m 5s");
    assertThat(Durations.human(Duration.ofMinutes(15))).isEqualTo("15m");
    assertThat(Durations.human(Duration.ofSeconds(3600))).isEqualTo("1h 0m");
    assertThat(Durations.human(Duration.ofSeconds(Long.MAX_VALUE)))
        .isEqualTo("2562047788015215h 30m");
    assertThat(Durations.human(Duration.ofSeconds(-5))).isEqualTo("0s");
  }
}
