package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Priority;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegressionReportsTest {
  private static final Repository REPO = Repository.parse("octo/hello");
  private static final Instant T = Instant.parse("2025-12-11T06:00:00Z");

  private static Item issue(String title) {
    return Item.builder(REPO, 1, ItemKind.ISSUE).title(title).createdAt(T).build();
  }

  private static Release release(long id, String tag, Instant published, boolean pre) {
    return new Release(
        REPO, id, tag, tag, "", Actor.user("m"), published == null, pre, T, published, "");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Crash in v0.11.1 | true",
        "Crash in 0.11.1. | true",
        "Crash in vllm==0.11.1 | true",
        "Crash in 0.11.10 | false",
        "Crash in 10.11.1 | false",
        "Crash in 0.11.1.post1 | true",
        "Crash in 0.11.1.2 | false",
        "Crash in 0.11.1rc1 | false"
      })
  void namesTheVersionOnlyAsAWholeVersion(String title, boolean names) {
    assertThat(RegressionReports.namesVersion(issue(title), "0.11.1")).isEqualTo(names);
  }

  @Test
  void theLatestReleaseIsTheNewestPublishedThatIsNotAPreRelease() {
    List<Release> releases =
        List.of(
            release(1, "v0.11.0", T.minusSeconds(86_400), false),
            release(2, "v0.11.1", T, false),
            release(3, "v0.12.0rc1", T.plusSeconds(60), true),
            release(4, "v0.11.2", null, false));

    assertThat(RegressionReports.latest(releases, T.plusSeconds(3600)).orElseThrow().tag())
        .isEqualTo("v0.11.1");
    assertThat(RegressionReports.latest(releases, T).orElseThrow().tag()).isEqualTo("v0.11.0");
    assertThat(RegressionReports.latest(releases.subList(2, 4), T.plusSeconds(3600)))
        .map(Release::tag)
        .contains("v0.12.0rc1");
    assertThat(RegressionReports.latest(releases, T.minusSeconds(86_400))).isEmpty();
  }

  @Test
  void theReasonsAreThePriorityReasonsThatSayRegression() {
    Evidence regression = Evidence.priority(Priority.HIGH, "priority: regression", "title: 'x'");
    Evidence crash = Evidence.priority(Priority.HIGH, "priority: crash", "title: 'crash'");
    Evidence topic = Evidence.topic("core", "core: regression words", "title: 'regression'");
    Classification c =
        new Classification(List.of("core"), Priority.HIGH, List.of(crash, regression, topic), "f");

    assertThat(RegressionReports.reasons(c)).containsExactly(regression);
    assertThat(RegressionReports.reasons(null)).isEmpty();
  }
}
