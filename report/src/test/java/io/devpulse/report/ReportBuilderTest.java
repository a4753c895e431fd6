package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Priority;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class ReportBuilderTest {
  private static List<Integer> numbers(List<ItemRef> refs) {
    return refs.stream().map(ItemRef::number).toList();
  }

  /** The hour of the reference report, 2025-12-10 11:01–12:01 UTC. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class HourFixture {
    HistoryIndex index;
    Report report;

    @BeforeAll
    void build(@TempDir Path dir) {
      TestIndexes.importHour(dir);
      index = HistoryIndex.open(dir);
      report =
          ReportBuilder.build(
              index,
              ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW)
                  .withProjectName("vLLM")
                  .withZone(ZoneId.of("Asia/Shanghai")),
              TestIndexes.CONTEXT);
    }

    @AfterAll
    void close() {
      index.close();
    }

    @Test
    void statsAsInTheReference() {
      assertThat(report.stats()).isEqualTo(new Stats(1, 0, 3, 0, 1));
    }

    @Test
    void appendixListsTheReferenceItemsNewestFirst() {
      Appendix a = report.appendix();

      assertThat(numbers(a.newIssues())).containsExactly(30387);
      assertThat(a.closedIssues()).isEmpty();
      assertThat(numbers(a.newPullRequests())).containsExactly(30388, 30386, 30385);
      assertThat(a.mergedPullRequests()).isEmpty();
      assertThat(numbers(a.closedUnmergedPullRequests())).containsExactly(30348);
      assertThat(a.newIssues().get(0).labels()).containsExactly("bug");
      assertThat(a.newIssues().get(0).url())
          .isEqualTo("https://github.com/vllm-project/vllm/issues/30387");
    }

    @Test
    void headerNamesTheDayInTheDisplayZone() {
      assertThat(report.header())
          .isEqualTo(
              new ReportHeader(
                  "vllm-project/vllm",
                  "vLLM",
                  TestIndexes.HOUR_WINDOW.from(),
                  TestIndexes.HOUR_WINDOW.to(),
                  "Asia/Shanghai",
                  "2025-12-10"));
    }

    @Test
    void noAmdItemButTheChecksAndTheListsFirstTerms() {
      AmdSection amd = report.amd();

      assertThat(amd.items()).isEmpty();
      assertThat(amd.newIssuesChecked()).isEqualTo(1);
      assertThat(amd.newPullRequestsChecked()).isEqualTo(3);
      assertThat(amd.otherItemsChecked()).isEqualTo(1);
      assertThat(amd.checks()).isEqualTo(AmdChecks.defaults());
      assertThat(amd.contributorsMatching()).isEmpty();
      // no stored term hits here: #30387's ROCm and HIP sit in its environment dump, which the
      // rules do not read, so nothing names them
      assertThat(amd.mentions()).isEmpty();
      assertThat(amd.termsShown()).containsExactly("ROCm", "HIP", "AMD", "Quark", "MI300");
      assertThat(amd.listSize()).isEqualTo(10);
    }

    @Test
    void hotDiscussionsAreBotOnlyAndNameTheBots() {
      HotDiscussions hot = report.hotDiscussions();

      assertThat(hot.comments()).isEqualTo(4);
      assertThat(hot.humanComments()).isZero();
      assertThat(hot.discussions()).isEmpty();
      assertThat(hot.botOnly()).extracting(d -> d.item().number()).containsExactly(30388, 30385);
      assertThat(hot.botOnly())
          .allSatisfy(
              d -> {
                assertThat(d.botComments()).isEqualTo(2);
                assertThat(d.bots()).containsExactly("chatgpt-codex-connector", "mergify");
              });
      assertThat(hot.bots()).containsExactly("chatgpt-codex-connector", "mergify");
    }

    @Test
    void topicsWithExamples() {
      Trends trends = report.trends();

      // by primary topic: #30386 counts under performance only, and mentions kernel, which
      // comes last, without examples
      assertThat(trends.topics())
          .extracting(TopicTrend::topic, TopicTrend::count, TopicTrend::mentions)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("performance", 2, 0),
              org.assertj.core.groups.Tuple.tuple("docs", 2, 0),
              org.assertj.core.groups.Tuple.tuple("low-precision", 1, 0),
              org.assertj.core.groups.Tuple.tuple("kernel", 0, 1));
      assertThat(numbers(trends.topics().get(0).examples())).containsExactly(30386, 30385);
      assertThat(numbers(trends.topics().get(1).examples())).containsExactly(30388, 30348);
      assertThat(trends.topics().get(3).examples()).isEmpty();
      assertThat(trends.topics())
          .extracting(TopicTrend::mentionedOnly)
          .containsExactly(false, false, false, true);
      assertThat(report.summary().leadingTopics())
          .containsExactly(
              new TopicCount("performance", 2, 0),
              new TopicCount("docs", 2, 0),
              new TopicCount("low-precision", 1, 0));
      assertThat(trends.previousWindows()).isEqualTo(4);
    }

    @Test
    void keyChangesByPriorityWithWhatAndImpact() {
      List<KeyChange> changes = report.keyChanges().items();

      assertThat(changes).extracting(c -> c.item().number()).containsExactly(30387, 30386, 30385);
      assertThat(changes.get(0).what())
          .startsWith("Evaluating an FP8-weight model with `--kv-cache-dtype fp8`");
      assertThat(changes.get(1).what())
          .startsWith("Model vendors reported that FlexAttention's PrefixLM");
      assertThat(changes.get(0).reasons())
          .extracting(e -> e.rule())
          .containsExactly("crash in a bug report", "low-precision: body term");
    }

    @Test
    void noteworthyIsTheHighPriorityCrash() {
      assertThat(report.noteworthy().items())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.item().number()).isEqualTo(30387);
                assertThat(r.item().priority()).isEqualTo(Priority.HIGH);
                assertThat(r.reasons())
                    .extracting(e -> e.text())
                    .containsExactly("body: 'illegal memory access'");
              });
      assertThat(report.noteworthy().more()).isZero();
      assertThat(numbers(report.summary().topItems())).containsExactly(30387);
    }

    @Test
    void activity() {
      Activity a = report.activity();

      assertThat(a.contributors())
          .extracting(Contributor::login)
          .containsExactly("Isotr0py", "markmc", "NickLucche", "youngze0016");
      assertThat(a.issuesOpened()).isEqualTo(1);
      assertThat(a.pullRequestsOpened()).isEqualTo(3);
      // GitHub says MEMBER or CONTRIBUTOR for three of them; only youngze0016 (NONE) has no earlier
      // item.
      assertThat(a.contributors())
          .extracting(Contributor::firstTime)
          .containsExactly(
              Contributor.FirstTime.NO,
              Contributor.FirstTime.NO,
              Contributor.FirstTime.NO,
              Contributor.FirstTime.YES_BY_HISTORY);
      assertThat(a.firstTimeContributors()).containsExactly("youngze0016");
      assertThat(a.reviews())
          .isEqualTo(new ReviewStatus(List.of(), List.of(), List.of(30388, 30386, 30385), true));
    }

    @Test
    void sameInputSameReport() {
      Report again =
          ReportBuilder.build(
              index,
              ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW)
                  .withProjectName("vLLM")
                  .withZone(ZoneId.of("Asia/Shanghai")),
              TestIndexes.CONTEXT);

      assertThat(again).isEqualTo(report);
    }

    @Test
    void theBotPolicyDecidesWhoIsABot() {
      Report noList =
          ReportBuilder.build(
              index,
              ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW),
              new ReportContext(
                  new io.devpulse.model.BotPolicy(java.util.Map.of("markmc", true)),
                  "amd-rocm",
                  AmdChecks.defaults(),
                  io.devpulse.model.Coverage.UNKNOWN,
                  TestIndexes.CONTEXT.phrasing(),
                  TestIndexes.CONTEXT.termHits(),
                  TestIndexes.CONTEXT.reviewWait()));

      // GitHub already marks the fixture's bots; the policy adds markmc, who drops out of the
      // contributors.
      assertThat(noList.hotDiscussions().humanComments()).isZero();
      assertThat(noList.activity().contributors())
          .extracting(Contributor::login)
          .doesNotContain("markmc");
    }
  }

  /** The week of 2025-12-05 … 12-12: 222 merged pull requests, no bodies, no comments. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WeekFixtureAlone {
    Report report;

    @BeforeAll
    void build(@TempDir Path dir) {
      TestIndexes.importWeek(dir, false);
      try (HistoryIndex index = HistoryIndex.open(dir)) {
        report =
            ReportBuilder.build(
                index,
                ReportRequest.of(TestIndexes.VLLM, TestIndexes.WEEK_WINDOW),
                TestIndexes.CONTEXT);
      }
    }

    @Test
    void everyMergedPullRequestIsCounted() {
      assertThat(report.stats().mergedPullRequests()).isEqualTo(222);
      assertThat(report.appendix().mergedPullRequests()).hasSize(222);
      assertThat(report.stats().newIssues()).isZero();
    }

    @Test
    void noEarlierWeekMeansNoTrendButCounts() {
      assertThat(report.trends().windowsWithHistory()).isZero();
      assertThat(report.trends().topics())
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.direction()).isEqualTo(TrendDirection.NO_HISTORY));
    }

    @Test
    void sectionsAreFilled() {
      assertThat(report.amd().items())
          .isNotEmpty()
          .allSatisfy(
              r ->
                  assertThat(r.reasons())
                      .isNotEmpty()
                      .allSatisfy(
                          e ->
                              assertThat(e.label())
                                  .isEqualTo(TestIndexes.CONTEXT.focusTopicOrNull())));
      assertThat(report.keyChanges().items())
          .hasSize(5)
          .allSatisfy(c -> assertThat(c.what()).isEmpty());
      assertThat(report.noteworthy().items()).hasSize(10);
      assertThat(report.noteworthy().more()).isPositive();
      assertThat(report.activity().contributors()).isNotEmpty();
      assertThat(report.summary().leadingTopics()).hasSize(3);
      assertThat(report.hotDiscussions().comments()).isZero();
    }
  }

  /** The same week with the 7,080 merged pull requests of 2025-08 … 2026-03 around it. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WeekWithHistory {
    Report report;

    @BeforeAll
    void build(@TempDir Path dir) {
      TestIndexes.importWeek(dir, true);
      try (HistoryIndex index = HistoryIndex.open(dir)) {
        report =
            ReportBuilder.build(
                index,
                ReportRequest.of(TestIndexes.VLLM, TestIndexes.WEEK_WINDOW),
                TestIndexes.CONTEXT);
      }
    }

    @Test
    void trendsCompareWithFourEarlierWeeks() {
      Trends trends = report.trends();

      assertThat(trends.windowsWithHistory()).isEqualTo(4);
      assertThat(trends.topics())
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.direction()).isNotEqualTo(TrendDirection.NO_HISTORY));
      assertThat(trends.topics()).anySatisfy(t -> assertThat(t.previousMean()).isPositive());
      assertThat(trends.topics())
          .filteredOn(t -> t.count() > 0)
          .allSatisfy(t -> assertThat(t.examples()).isNotEmpty());
    }

    @Test
    void githubThenHistoryTellFirstTimersFromRegulars() {
      Activity a = report.activity();

      // Merged authors here are CONTRIBUTOR or MEMBER to GitHub, or have earlier PRs in the
      // history.
      assertThat(a.contributors())
          .extracting(Contributor::firstTime)
          .doesNotContain(Contributor.FirstTime.UNKNOWN);
      assertThat(a.firstTimeContributors())
          .containsExactlyElementsOf(
              a.contributors().stream()
                  .filter(c -> c.firstTime().isFirstTime())
                  .map(Contributor::login)
                  .toList());
      assertThat(a.contributors())
          .filteredOn(c -> c.login().equals("DarkLight1337"))
          .singleElement()
          .satisfies(c -> assertThat(c.firstTime()).isEqualTo(Contributor.FirstTime.NO));
    }

    @Test
    void directionFollowsTheThresholds() {
      assertThat(ReportBuilder.direction(5, 0, 4)).isEqualTo(TrendDirection.NEW);
      assertThat(ReportBuilder.direction(15, 10, 4)).isEqualTo(TrendDirection.RISING);
      assertThat(ReportBuilder.direction(11, 10, 4)).isEqualTo(TrendDirection.STEADY);
      assertThat(ReportBuilder.direction(7, 10, 4)).isEqualTo(TrendDirection.FALLING);
      assertThat(ReportBuilder.direction(3, 3.5, 4)).isEqualTo(TrendDirection.STEADY);
      assertThat(ReportBuilder.direction(3, 0, 0)).isEqualTo(TrendDirection.NO_HISTORY);
    }
  }
}
