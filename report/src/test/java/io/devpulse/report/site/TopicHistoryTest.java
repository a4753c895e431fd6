package io.devpulse.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.report.TrendDirection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicHistoryTest {
  @Test
  void theLastCompleteWeekIsJudgedAgainstTheFourBefore() {
    TopicHistory t = TopicHistory.of("docs", List.of(9L, 4L, 4L, 4L, 4L, 8L, 1L), Map.of(), false);

    assertThat(t.trendWeek()).isEqualTo(5);
    assertThat(t.trendMean()).isEqualTo(4.0);
    assertThat(t.trend()).isEqualTo(TrendDirection.RISING);
    assertThat(t.total()).isEqualTo(34);
  }

  @Test
  void aCompleteLastWeekIsJudgedItself() {
    assertThat(TopicHistory.of("docs", List.of(10L, 10L, 2L), Map.of(), true).trend())
        .isEqualTo(TrendDirection.FALLING);
  }

  @Test
  void withoutEarlierWeeksThereIsNoTrend() {
    assertThat(TopicHistory.of("docs", List.of(3L), Map.of(), false).trend())
        .isEqualTo(TrendDirection.NO_HISTORY);
    assertThat(TopicHistory.of("docs", List.of(3L), Map.of(), true).trend())
        .isEqualTo(TrendDirection.NO_HISTORY);
  }

  @Test
  void mentionsAreShownApartAndNeverJudged() {
    // many mentions in the judged week do not make a topic rising: only primary items count
    TopicHistory t =
        TopicHistory.of(
            "kernel", List.of(4L, 4L, 4L, 4L, 4L), List.of(0L, 1L, 0L, 2L, 30L), Map.of(), true);

    assertThat(t.trend()).isEqualTo(TrendDirection.STEADY);
    assertThat(t.total()).isEqualTo(20);
    assertThat(t.mentionsTotal()).isEqualTo(33);
    assertThat(TopicHistory.of("docs", List.of(3L), Map.of(), true).mentionsTotal()).isZero();
  }
}
