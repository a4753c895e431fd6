package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {
  private static final Instant NOW = Instant.parse("2025-12-10T12:01:00Z");

  @Test
  void fromAndToWithOffsets() {
    Window w = Window.parse("2025-12-10T19:01+08:00", "2025-12-10T12:01:00Z", null, NOW);

    assertThat(w).isEqualTo(new Window(Instant.parse("2025-12-10T11:01:00Z"), NOW));
    assertThat(w.length()).isEqualTo(Duration.ofHours(1));
  }

  @ParameterizedTest
  @CsvSource({"1h, PT1H", "24h, PT24H", "7d, PT168H", "30m, PT30M", "2w, PT336H"})
  void lastEndsNow(String last, Duration length) {
    Window w = Window.parse(null, null, last, NOW);

    assertThat(w.to()).isEqualTo(NOW);
    assertThat(w.length()).isEqualTo(length);
  }

  @Test
  void lastEndsAtTo() {
    Window w = Window.parse(null, "2025-12-12T00:00:00Z", "7d", NOW);

    assertThat(w).isEqualTo(new Window(Instant.parse("2025-12-05T00:00:00Z"), Instant.parse("2025-12-12T00:00:00Z")));
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " # ", nullValues = "-", value = {
      "- # - # - # no report window; give --from and --to, or --last 1h|24h|7d",
      "2025-12-10T11:01:00Z # - # - # --from needs --to (or use --last)",
      "- # 2025-12-10T11:01:00Z # - # --to needs --from (or use --last)",
      "2025-12-10T11:01:00Z # - # 1h # --last and --from cannot be used together; give --from and --to, or --last",
      "- # - # 1y # --last (1y) must be a length like 1h, 24h or 7d",
      "- # - # 0h # --last (0h) must be a length like 1h, 24h or 7d",
      "2025-12-10 # 2025-12-11T00:00:00Z # - # --from (2025-12-10) must be an ISO-8601 time with offset, e.g. 2025-12-10T11:01:00Z or 2025-12-10T19:01+08:00",
      "2025-12-10T12:00:00Z # 2025-12-10T11:00:00Z # - # --from (2025-12-10T12:00:00Z) must be before --to (2025-12-10T11:00:00Z)"})
  void mistakesAreOneLine(String from, String to, String last, String message) {
    assertThatThrownBy(() -> Window.parse(from, to, last, NOW))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(message);
  }

  @Test
  void previousWindowsAreAdjacentAndNearestFirst() {
    Window w = TestIndexes.HOUR_WINDOW;

    assertThat(w.previous(2)).containsExactly(
        new Window(Instant.parse("2025-12-10T10:01:00Z"), Instant.parse("2025-12-10T11:01:00Z")),
        new Window(Instant.parse("2025-12-10T09:01:00Z"), Instant.parse("2025-12-10T10:01:00Z")));
  }

  @Test
  void containsIsHalfOpen() {
    Window w = TestIndexes.HOUR_WINDOW;

    assertThat(w.contains(w.from())).isTrue();
    assertThat(w.contains(w.to())).isFalse();
    assertThat(w.contains(null)).isFalse();
  }
}
