package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowTest {
  private static final Window HOUR_WINDOW =
      new Window(Instant.parse("2025-12-10T11:01:00Z"), Instant.parse("2025-12-10T12:01:00Z"));

  private static final Instant NOW = Instant.parse("2025-12-10T12:01:00Z");

  @Test
  void fromAndToWithOffsets() {
    Window w = Window.parse("2025-12-10T19:01+08:00", "2025-12-10T12:01:00Z", null, NOW);

    assertThat(w).isEqualTo(new Window(Instant.parse("2025-12-10T11:01:00Z"), NOW));
    assertThat(w.length()).isEqualTo(Duration.ofHours(1));
  }

  @ParameterizedTest
  @CsvSource({
    "1h, PT1H, 2025-12-10T12:00:00Z",
    "6h, PT6H, 2025-12-10T12:00:00Z",
    "24h, PT24H, 2025-12-10T12:00:00Z",
    "7d, PT168H, 2025-12-10T00:00:00Z",
    "30m, PT30M, 2025-12-10T12:01:00Z",
    "2w, PT336H, 2025-12-08T00:00:00Z"
  })
  void lastEndsAtTheLastWholeBoundaryOfItsUnit(String last, Duration length, Instant end) {
    Window w = Window.parse(null, null, last, NOW);

    assertThat(w.to()).isEqualTo(end);
    assertThat(w.length()).isEqualTo(length);
  }

  @Test
  void boundariesAreThoseOfTheDisplayZone() {
    Instant at2007 =
        java.time.ZonedDateTime.parse("2025-12-10T20:07+08:00[Asia/Shanghai]").toInstant();

    Window hour = Window.parse(null, null, "1h", at2007, java.time.ZoneId.of("Asia/Shanghai"));
    Window day = Window.parse(null, null, "24h", at2007, java.time.ZoneId.of("Asia/Shanghai"));
    Window week = Window.parse(null, null, "7d", at2007, java.time.ZoneId.of("Asia/Shanghai"));

    assertThat(hour)
        .isEqualTo(
            new Window(
                Instant.parse("2025-12-10T11:00:00Z"), Instant.parse("2025-12-10T12:00:00Z")));
    assertThat(day.to()).isEqualTo(Instant.parse("2025-12-10T12:00:00Z"));
    assertThat(week.to()).isEqualTo(Instant.parse("2025-12-09T16:00:00Z")); // midnight in Shanghai
  }

  @Test
  void lastWholeWindowsTileTimeOldestFirst() {
    Instant at2007 = Instant.parse("2025-12-10T20:07:00Z");

    assertThat(Window.lastWhole("1h", at2007, java.time.ZoneOffset.UTC, 3))
        .containsExactly(
            new Window(
                Instant.parse("2025-12-10T17:00:00Z"), Instant.parse("2025-12-10T18:00:00Z")),
            new Window(
                Instant.parse("2025-12-10T18:00:00Z"), Instant.parse("2025-12-10T19:00:00Z")),
            new Window(
                Instant.parse("2025-12-10T19:00:00Z"), Instant.parse("2025-12-10T20:00:00Z")));
    assertThat(Window.lastWhole("1h", at2007, java.time.ZoneOffset.UTC, 1).get(0).lengthLabel())
        .isEqualTo("1h");
    assertThat(Window.lastWhole("7d", at2007, java.time.ZoneOffset.UTC, 1).get(0).lengthLabel())
        .isEqualTo("7d");
    assertThat(Window.lastWhole("24h", at2007, java.time.ZoneOffset.UTC, 1).get(0).lengthLabel())
        .isEqualTo("24h");
    assertThat(Window.lastWhole("90m", at2007, java.time.ZoneOffset.UTC, 1).get(0).lengthLabel())
        .isEqualTo("90m");
  }

  @Test
  void lastEndsAtTo() {
    Window w = Window.parse(null, "2025-12-12T00:00:00Z", "7d", NOW);

    assertThat(w)
        .isEqualTo(
            new Window(
                Instant.parse("2025-12-05T00:00:00Z"), Instant.parse("2025-12-12T00:00:00Z")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " # ",
      nullValues = "-",
      value = {
        "- # - # - # no report window; give --from and --to, or --last 1h|24h|7d",
        "2025-12-10T11:01:00Z # - # - # --from needs --to (or use --last)",
        "- # 2025-12-10T11:01:00Z # - # --to needs --from (or use --last)",
        "2025-12-10T11:01:00Z # - # 1h # --last and --from cannot be used together; give --from and --to, or --last",
        "- # - # 1y # --last (1y) must be a length like 1h, 24h or 7d",
        "- # - # 0h # --last (0h) must be a length like 1h, 24h or 7d",
        "2025-12-1 # 2025-12-11T00:00:00Z # - # --from (2025-12-1) must be a date or time, e.g. 2025-12-10 (the start of the day in UTC), 2025-12-10T19:01 (in UTC) or 2025-12-10T11:01Z",
        "2025-12-10T12:00:00Z # 2025-12-10T11:00:00Z # - # --from (2025-12-10T12:00:00Z) must be before --to (2025-12-10T11:00:00Z)"
      })
  void mistakesAreOneLine(String from, String to, String last, String message) {
    assertThatThrownBy(() -> Window.parse(from, to, last, NOW))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(message);
  }

  @Test
  void datesAndTimesWithoutOffsetAreInTheZone() {
    java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
    Window w = Window.parse("2025-12-10", "2025-12-10T20:01", null, NOW, shanghai);

    assertThat(w)
        .isEqualTo(
            new Window(
                Instant.parse("2025-12-09T16:00:00Z"), Instant.parse("2025-12-10T12:01:00Z")));
  }

  @Test
  void previousWindowsAreAdjacentAndNearestFirst() {
    Window w = HOUR_WINDOW;

    assertThat(w.previous(2))
        .containsExactly(
            new Window(
                Instant.parse("2025-12-10T10:01:00Z"), Instant.parse("2025-12-10T11:01:00Z")),
            new Window(
                Instant.parse("2025-12-10T09:01:00Z"), Instant.parse("2025-12-10T10:01:00Z")));
  }

  @Test
  void containsIsHalfOpen() {
    Window w = HOUR_WINDOW;

    assertThat(w.contains(w.from())).isTrue();
    assertThat(w.contains(w.to())).isFalse();
    assertThat(w.contains(null)).isFalse();
  }
}
