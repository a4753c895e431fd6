package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageBundleTest {
  private static final MessageBundle TEXTS = new MessageBundle("io.devpulse.model.TestMessages");

  @Test
  void pluralsFollowTheCountAndTimesPrintAsIsoText() {
    Instant t = Instant.parse("2025-12-10T11:01:00Z");

    assertThat(TEXTS.get("items", 1, t)).isEqualTo("1 item since 2025-12-10T11:01:00Z");
    assertThat(TEXTS.get("items", 12345, t)).isEqualTo("12345 items since 2025-12-10T11:01:00Z");
  }

  @Test
  void aSentenceWithoutArgumentsIsTheBundleTextUntouched() {
    assertThat(TEXTS.get("plain")).isEqualTo("no arguments: {0} stays");
  }
}
