package io.devpulse.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeekAxisTest {
  @Test
  void everyWeekFromFirstToLastIsOnTheAxisEmptyOnesIncluded() {
    WeekAxis axis =
        WeekAxis.covering(
            Instant.parse("2025-12-10T11:00:00Z"),
            Instant.parse("2026-01-06T00:00:00Z"),
            ZoneOffset.UTC,
            List.of(Map.of("2025-W51", 4L, "none", 9L)));

    assertThat(axis.keys())
        .containsExactly("2025-W50", "2025-W51", "2025-W52", "2026-W01", "2026-W02");
    assertThat(axis.align(Map.of("2025-W51", 4L))).containsExactly(0L, 4L, 0L, 0L, 0L);
    assertThat(axis.start(0)).isEqualTo(Instant.parse("2025-12-08T00:00:00Z"));
    assertThat(axis.end(0)).isEqualTo(Instant.parse("2025-12-15T00:00:00Z"));
  }

  @Test
  void countsOutsideTheCoverageWidenTheAxis() {
    WeekAxis axis =
        WeekAxis.covering(
            Instant.parse("2025-12-10T11:00:00Z"),
            Instant.parse("2025-12-10T11:00:00Z"),
            ZoneOffset.UTC,
            List.of(Map.of("2025-W52", 1L)));

    assertThat(axis.keys()).containsExactly("2025-W50", "2025-W51", "2025-W52");
  }

  @Test
  void weeksStartOnMondayInTheZone() {
    WeekAxis axis =
        WeekAxis.covering(
            Instant.parse("2025-12-07T17:00:00Z"),
            Instant.parse("2025-12-07T17:00:00Z"),
            ZoneId.of("Asia/Shanghai"),
            List.of());

    assertThat(axis.keys()).containsExactly("2025-W50");
    assertThat(axis.start(0)).isEqualTo(Instant.parse("2025-12-07T16:00:00Z"));
  }

  @Test
  void keysRoundTripIncludingTheIsoYearBoundary() {
    assertThat(WeekAxis.key(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
    assertThat(WeekAxis.parse("2026-W01")).isEqualTo(LocalDate.of(2025, 12, 29));
    assertThat(WeekAxis.parse("none")).isNull();
  }
}
