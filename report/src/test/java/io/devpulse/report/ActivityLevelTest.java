package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.HistoryIndex;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActivityLevelTest {
  private static final List<Integer> EARLIER = List.of(4, 9, 5, 6, 7, 5, 8, 6);

  @Test
  void withoutEarlierWindowsThereIsNoData() {
    assertThat(ActivityLevel.judge(5, List.of()))
        .isEqualTo(new ActivityLevel(ActivityLevel.Level.NO_DATA, 5, 0, 0, 0, 0));
  }

  @Test
  void theMiddleHalfOfTheEarlierWindowsIsUsual() {
    // sorted: 4 5 5 6 6 7 8 9 -> lower quartile 5, upper 8 (nearest ranks outwards), median 6
    assertThat(ActivityLevel.judge(6, EARLIER))
        .isEqualTo(new ActivityLevel(ActivityLevel.Level.USUAL, 6, 8, 6, 5, 8));
    assertThat(ActivityLevel.judge(5, EARLIER).level()).isEqualTo(ActivityLevel.Level.USUAL);
    assertThat(ActivityLevel.judge(8, EARLIER).level()).isEqualTo(ActivityLevel.Level.USUAL);
  }

  @Test
  void belowIsQuietAboveIsBusy() {
    assertThat(ActivityLevel.judge(4, EARLIER).level()).isEqualTo(ActivityLevel.Level.QUIET);
    assertThat(ActivityLevel.judge(0, EARLIER).level()).isEqualTo(ActivityLevel.Level.QUIET);
    assertThat(ActivityLevel.judge(9, EARLIER).level()).isEqualTo(ActivityLevel.Level.BUSY);
    assertThat(ActivityLevel.judge(1, List.of(1)))
        .isEqualTo(new ActivityLevel(ActivityLevel.Level.USUAL, 1, 1, 1, 1, 1));
  }

  @Test
  void theFirstHourTheIndexHoldsHasNoEarlierWindow(@TempDir Path dir) {
    TestIndexes.importHour(dir);
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      // #30348, the fixture's oldest item, was created at 2025-12-09 03:00 UTC
      var first =
          new io.devpulse.model.Window(
              java.time.Instant.parse("2025-12-09T03:00:00Z"),
              java.time.Instant.parse("2025-12-09T04:00:00Z"));
      ActivityLevel a =
          ReportBuilder.build(index, ReportRequest.of(TestIndexes.VLLM, first), TestIndexes.CONTEXT)
              .summary()
              .activity();

      assertThat(a).isEqualTo(new ActivityLevel(ActivityLevel.Level.NO_DATA, 1, 0, 0, 0, 0));
    }
  }

  @Test
  void aDayIsJudgedAgainstTheEarlierDaysOfAMultiDayIndex(@TempDir Path dir) {
    // the week fixture with its history of merged pull requests: many earlier days are held
    TestIndexes.importWeek(dir, true);
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      var lastDay =
          new io.devpulse.model.Window(
              TestIndexes.WEEK_WINDOW.to().minus(Duration.ofDays(1)), TestIndexes.WEEK_WINDOW.to());
      ActivityLevel a =
          ReportBuilder.build(
                  index, ReportRequest.of(TestIndexes.VLLM, lastDay), TestIndexes.CONTEXT)
              .summary()
              .activity();

      assertThat(a.level()).isNotEqualTo(ActivityLevel.Level.NO_DATA);
      assertThat(a.windows()).isEqualTo(ReportBuilder.ACTIVITY_WINDOWS);
      assertThat(a.low()).isLessThanOrEqualTo(a.high());
      assertThat(a.level())
          .isEqualTo(
              a.count() < a.low()
                  ? ActivityLevel.Level.QUIET
                  : a.count() > a.high() ? ActivityLevel.Level.BUSY : ActivityLevel.Level.USUAL);
    }
  }
}
