package io.devpulse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void theEnvironmentDecidesWhenItSays() {
    assertThat(Terminal.wantsProgress(Map.of("DEVPULSE_PROGRESS", "always"))).isTrue();
    assertThat(Terminal.wantsProgress(Map.of("DEVPULSE_PROGRESS", "never"))).isFalse();
  }

  @Test
  void noConsoleIsNoTerminal() {
    assertThat(Terminal.isTerminal(null)).isFalse();
  }

  @Test
  void testsDoNotRunOnATerminal() {
    // Surefire pipes the test JVM's output, so automatic detection says no.
    assertThat(Terminal.wantsProgress(Map.of())).isFalse();
  }
}
