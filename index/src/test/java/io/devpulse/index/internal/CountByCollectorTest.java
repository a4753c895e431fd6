package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.CountBy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountByCollectorTest {
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "2025-12-10, DAY, 2025-12-10",
    "2025-12-10, WEEK, 2025-W50",
    "2025-12-10, MONTH, 2025-12",
    "2024-12-30, WEEK, 2025-W01",
    "2021-01-03, WEEK, 2020-W53",
    "2026-01-04, WEEK, 2026-W01",
    "2025-01-05, WEEK, 2025-W01",
  })
  void keysDates(LocalDate day, CountBy by, String key) {
    assertThat(CountByCollector.dateKey(day, by)).isEqualTo(key);
  }

  @Test
  void findsDaysInAZoneAcrossDaylightSavingChanges() {
    CountByCollector.DayCache days = new CountByCollector.DayCache(ZoneId.of("Europe/Berlin"));
    assertThat(days.dayOf(millis("2025-03-29T22:59:59Z"))).isEqualTo(LocalDate.parse("2025-03-29"));
    assertThat(days.dayOf(millis("2025-03-29T23:00:00Z"))).isEqualTo(LocalDate.parse("2025-03-30"));
    // 30 March 2025 has 23 hours in Berlin
    assertThat(days.dayOf(millis("2025-03-30T21:59:59Z"))).isEqualTo(LocalDate.parse("2025-03-30"));
    assertThat(days.dayOf(millis("2025-03-30T22:00:00Z"))).isEqualTo(LocalDate.parse("2025-03-31"));
    assertThat(days.dayOf(millis("2025-03-29T23:00:00Z"))).isEqualTo(LocalDate.parse("2025-03-30"));
  }

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }
}
