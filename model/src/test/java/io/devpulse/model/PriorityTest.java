package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorityTest {
  @Test
  void ordersFromMostUrgent() {
    assertThat(Priority.CRITICAL.isAbove(Priority.HIGH)).isTrue();
    assertThat(Priority.LOW.isAbove(Priority.NORMAL)).isFalse();
    assertThat(Priority.parse(" High ")).isEqualTo(Priority.HIGH);
    assertThat(Priority.HIGH.key()).isEqualTo("high");
  }

  @Test
  void unknownLevelNamesTheChoices() {
    assertThatThrownBy(() -> Priority.parse("urgent"))
        .hasMessage("priority (urgent) must be one of critical, high, normal, low");
  }
}
