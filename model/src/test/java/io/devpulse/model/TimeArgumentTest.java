package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeArgumentTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @ParameterizedTest
  @CsvSource({
    "2025-12-10, 2025-12-09T16:00:00Z",
    "2025-12-10T19:01, 2025-12-10T11:01:00Z",
    "2025-12-10T19:01:30, 2025-12-10T11:01:30Z",
    "2025-12-10T11:01Z, 2025-12-10T11:01:00Z",
    "2025-12-10T11:01:00Z, 2025-12-10T11:01:00Z",
    "2025-12-10T19:01+08:00, 2025-12-10T11:01:00Z",
    "2025-12-10T03:01-08:00, 2025-12-10T11:01:00Z"
  })
  void datesAndLocalTimesAreInTheZoneAndOffsetsAreKept(String text, String instant) {
    assertThat(TimeArgument.parse("--from", text, SHANGHAI)).isEqualTo(Instant.parse(instant));
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "2025-13-01", "2025-12-10 19:01"})
  void anythingElseNamesTheOptionAndTheForms(String text) {
    assertThatThrownBy(() -> TimeArgument.parse("--since", text, ZoneOffset.UTC))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "--since ("
                + text
                + ") must be a date or time, e.g. 2025-12-10 (the start of the day in UTC),"
                + " 2025-12-10T19:01 (in UTC) or 2025-12-10T11:01Z");
  }
}
