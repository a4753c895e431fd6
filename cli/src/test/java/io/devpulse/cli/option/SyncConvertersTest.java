package io.devpulse.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.TypeConversionException;

class SyncConvertersTest {
  @Test
  void sinceTakesADateOrAnInstant() {
    SyncConverters.Since since = new SyncConverters.Since();

    assertThat(since.convert("2025-12-10")).isEqualTo(Instant.parse("2025-12-10T00:00:00Z"));
    assertThat(since.convert("2025-12-10T11:01:00Z"))
        .isEqualTo(Instant.parse("2025-12-10T11:01:00Z"));
    assertThatThrownBy(() -> since.convert("last week"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "--since (last week) must be a date or time, e.g. 2025-12-10 (the start of the day in UTC), 2025-12-10T19:01 (in UTC) or 2025-12-10T11:01Z");
  }

  @ParameterizedTest
  @CsvSource({"0, PT0S", "500ms, PT0.5S", "90s, PT1M30S", "15m, PT15M", "1h, PT1H", "PT2H, PT2H"})
  void durations(String text, String iso) {
    assertThat(new SyncConverters.Wait().convert(text)).isEqualTo(Duration.parse(iso));
  }

  @Test
  void badDurationsAreNamed() {
    assertThatThrownBy(() -> new SyncConverters.Wait().convert("soon"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("duration (soon) must be a duration such as 90s, 15m or 1h");
  }
}
