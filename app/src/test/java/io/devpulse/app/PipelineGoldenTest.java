package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.github.ReadOptions;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.ReleaseReportRequest;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.ReportRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users actually read: the shipped fixtures imported and classified by the built-in rules,
 * then reported — compared byte for byte with golden files under {@code
 * src/test/resources/golden/}, so any rule, template or coverage change that alters a report shows
 * in review. Regenerate with {@code -Ddevpulse.golden.update=true} and read the diff: a test that
 * rewrites its file fails (so an update never passes unnoticed); the next run without the property
 * passes.
 */
class PipelineGoldenTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static String report(Path index, ReportRequest request) {
    return new WriteReport(TestApp.APP)
        .run(new WriteReport.Request(index, TestPacks.BUILT_IN, request, IndexNotices.NONE))
        .text();
  }

  private static void assertGolden(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("devpulse.golden.update")) {
      String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (!actual.equals(before)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        throw new AssertionError(
            "golden file "
                + file
                + " rewritten (-Ddevpulse.golden.update=true): review the"
                + " diff, commit it and rerun without the property");
      }
    }
    assertThat(actual)
        .as(
            name
                + " differs from its golden file; regenerate with -Ddevpulse.golden.update=true"
                + " if intended")
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The reference hour, imported from the files saved from GitHub. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class SampleHour {
    Path index;
    ReportRequest hour =
        ReportRequest.of(
                VLLM,
                new Window(
                    Instant.parse("2025-12-10T11:01:00Z"), Instant.parse("2025-12-10T12:01:00Z")))
            .withProjectName("vLLM")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @BeforeAll
    void importTheHour(@TempDir Path dir) {
      index = dir.resolve("index");
      TestApp.importFixtures(
          index, "vllm-2025-12-10-hour/issues.json", "vllm-2025-12-10-hour/comments.json");
    }

    @Test
    void goldenFiles() throws IOException {
      assertGolden("pipeline-hour.zh.md", report(index, hour));
      assertGolden("pipeline-hour.en.md", report(index, hour.withLanguage(ReportLanguage.EN)));
      assertGolden("pipeline-hour.json", report(index, hour.withFormat(ReportFormat.JSON)));
      assertGolden("pipeline-hour.zh.html", report(index, hour.withFormat(ReportFormat.HTML)));
      assertGolden(
          "pipeline-hour.en.html",
          report(index, hour.withFormat(ReportFormat.HTML).withLanguage(ReportLanguage.EN)));
    }

    @Test
    void theChineseReportNamesNoRuleOfThePack() {
      List<String> rules = TestApp.APP.rules().compile(TestPacks.BUILT_IN.rules()).ruleNames();
      String md = report(index, hour);
      String html = report(index, hour.withFormat(ReportFormat.HTML));

      assertThat(rules).contains("priority: hard fault in a bug report", "topic: title term");
      for (String rule : rules) {
        assertThat(md).doesNotContain(rule);
        assertThat(html).doesNotContain(rule);
      }
      // the evidence's English field words stay out of sentences too
      assertThat(md).doesNotContain("body: '", "title: '", "title tag [");
    }

    @Test
    void claimsOnlyWhatTheImportedFilesBack() {
      String en = report(index, hour.withLanguage(ReportLanguage.EN));

      // GitHub says MEMBER (markmc) and CONTRIBUTOR (Isotr0py, NickLucche); youngze0016 says NONE
      // and the
      // index does not hold the history before the files.
      assertThat(line(en, "- **First-time contributors**"))
          .isEqualTo(
              "- **First-time contributors**: cannot tell for youngze0016 (GitHub does not say, and the"
                  + " index does not hold the repository's whole history)");
      assertThat(en)
          .contains("No earlier data: the index holds no earlier window of the same length")
          .doesNotContain("— new");
      assertThat(line(en, "- **Review status**"))
          .contains("reviews were not fetched for this window");
      assertThat(line(en, "> Coverage"))
          .isEqualTo(
              "> Coverage: issues and PRs imported from files"
                  + " (completeness not verified); comments imported from files (completeness not verified); reviews"
                  + " not fetched; history held from 2025-12-09 11:00 (UTC+8)"); // #30348's
      // creation, not an
      // update
      assertThat(en).contains("⚠️ No sync proves this window complete");
    }
  }

  /**
   * A synthetic day (fixtures/vllm-attention-day, see its README) with maintainer answers, pull
   * requests waiting for review and releases: the releases and needs-attention sections.
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class AttentionDay {
    Path index;
    ReportRequest day =
        ReportRequest.of(
                VLLM,
                new Window(
                    Instant.parse("2025-12-11T00:00:00Z"), Instant.parse("2025-12-12T00:00:00Z")))
            .withProjectName("vLLM")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @BeforeAll
    void importTheDay(@TempDir Path dir) {
      index = dir.resolve("index");
      TestApp.importFixtures(
          index,
          "vllm-attention-day/issues.json",
          "vllm-attention-day/comments.json",
          "vllm-attention-day/reviews.json",
          "vllm-attention-day/releases.json");
    }

    @Test
    void goldenFiles() throws IOException {
      assertGolden("pipeline-day.zh.md", report(index, day));
      assertGolden("pipeline-day.en.md", report(index, day.withLanguage(ReportLanguage.EN)));
      assertGolden("pipeline-day.json", report(index, day.withFormat(ReportFormat.JSON)));
    }

    @Test
    void listsWhatWaitsOnAMaintainerAndNothingElse() {
      String en = report(index, day.withLanguage(ReportLanguage.EN));
      int start = en.indexOf("### ⏳ Needs Attention");
      String attention = en.substring(start, en.indexOf("\n---", start));

      // #30501 has a MEMBER's answer, #30504 is a MEMBER's own report, #30507 closed in the day,
      // #30505 is a usage question (not high): none is listed; #30502's only comment is a
      // contributor's "same here".
      assertThat(attention)
          .contains("#30503", "#30502", "#30506")
          .doesNotContain("#30501", "#30504", "#30507", "#30505");
      // #30511 has a MEMBER's approval, #30513 is a draft, #30514 is younger than 48 hours; a bot's
      // review (#30512) and the author's own (#30515) are no review.
      assertThat(line(attention, "- **Pull requests waiting longer than 2 days"))
          .endsWith("3 items");
      assertThat(attention)
          .contains("#30510", "#30512", "#30515")
          .doesNotContain("#30511", "#30513", "#30514");
      // The latest release is v0.11.1 (v0.12.0rc1 is a pre-release, v0.11.2 a draft); #30506
      // names 0.10.1, #30505 does not report a regression.
      assertThat(line(attention, "- **Regressions reported against the latest release"))
          .isEqualTo("- **Regressions reported against the latest release v0.11.1**: 1 item");
      assertThat(attention).contains("    - [Issue #30503]");
    }

    @Test
    void aBotsCommentIsNoMaintainersAnswerWhateverItsAssociation(@TempDir Path dir)
        throws IOException {
      Path withBot = dir.resolve("index");
      TestApp.importFixtures(
          withBot,
          "vllm-attention-day/issues.json",
          "vllm-attention-day/comments.json",
          "vllm-attention-day/reviews.json",
          "vllm-attention-day/releases.json");
      // A bot that GitHub marks MEMBER (an organisation's app) comments on #30502, which no
      // maintainer has answered: the issue still waits on one.
      Path comment = dir.resolve("bot-comment.json");
      Files.writeString(
          comment,
          """
          [{"url": "https://api.github.com/repos/vllm-project/vllm/issues/comments/3649999999",
            "html_url": "https://github.com/vllm-project/vllm/issues/30502#issuecomment-3649999999",
            "issue_url": "https://api.github.com/repos/vllm-project/vllm/issues/30502",
            "id": 3649999999, "user": {"login": "mergify[bot]", "id": 1, "type": "Bot"},
            "created_at": "2025-12-11T03:00:00Z", "updated_at": "2025-12-11T03:00:00Z",
            "author_association": "MEMBER", "body": "This issue is tracked."}]
          """,
          StandardCharsets.UTF_8);
      new ImportFiles(TestApp.APP)
          .run(
              new ImportFiles.Request(
                  withBot, List.of(comment), ReadOptions.defaults(), TestPacks.BUILT_IN));

      String en = report(withBot, day.withLanguage(ReportLanguage.EN));
      int start = en.indexOf("### ⏳ Needs Attention");
      assertThat(en.substring(start, en.indexOf("\n---", start))).contains("#30502");
    }

    @Test
    void listsTheReleasesPublishedInTheWindowWithPreReleasesMarked() {
      String en = report(index, day.withLanguage(ReportLanguage.EN));

      assertThat(en)
          .contains(
              "### 🚀 Releases\n"
                  + "- [v0.11.1](https://github.com/vllm-project/vllm/releases/tag/v0.11.1) — by"
                  + " simon-mo (published: 2025-12-11 14:00 (UTC+8))\n"
                  + "- [v0.12.0rc1](https://github.com/vllm-project/vllm/releases/tag/v0.12.0rc1)"
                  + " (pre-release) — by simon-mo (published: 2025-12-11 17:00 (UTC+8))\n")
          .doesNotContain("v0.11.2");
    }

    private String release(String tag, ReportLanguage language, ReportFormat format) {
      return new WriteReleaseReport(TestApp.APP)
          .run(
              new WriteReleaseReport.Request(
                  index,
                  TestPacks.BUILT_IN,
                  new ReleaseReportRequest(
                      VLLM, tag, "vLLM", ZoneId.of("Asia/Shanghai"), language, format, null),
                  null,
                  false,
                  IndexNotices.NONE))
          .text();
    }

    @Test
    void releaseReportGoldenFiles() throws IOException {
      assertGolden(
          "pipeline-release-v0.11.1.zh.md", release("v0.11.1", ReportLanguage.ZH, ReportFormat.MD));
      assertGolden(
          "pipeline-release-v0.11.1.en.md", release("v0.11.1", ReportLanguage.EN, ReportFormat.MD));
      assertGolden(
          "pipeline-release-v0.11.1.json",
          release("v0.11.1", ReportLanguage.EN, ReportFormat.JSON));
      assertGolden(
          "pipeline-release-v0.11.0.en.md", release("v0.11.0", ReportLanguage.EN, ReportFormat.MD));
      assertGolden(
          "pipeline-release-v0.11.1.en.html",
          release("v0.11.1", ReportLanguage.EN, ReportFormat.HTML));
    }

    @Test
    void aReleaseReportSpansFromThePreviousStableReleaseAndListsItsRegressions() {
      String v0111 = release("v0.11.1", ReportLanguage.EN, ReportFormat.MD);
      String v0110 = release("v0.11.0", ReportLanguage.EN, ReportFormat.MD);

      // Merged after v0.11.0 up to v0.11.1: not #30300 (before v0.11.0) nor #30430 (after).
      assertThat(v0111)
          .contains("Merged pull requests: 3; regressions reported against this release: 1.")
          .contains("[PR #30400]", "[PR #30410]", "[PR #30420]", "[Issue #30503]")
          .doesNotContain("#30300", "#30430", "#30450");
      assertThat(v0110)
          .contains("The first release the index holds")
          .contains("[PR #30300]", "[Issue #30450]")
          .doesNotContain("#30400", "#30503");
    }

    @Test
    void anUnknownTagIsAOneLineErrorNamingNearbyTags() {
      assertThatThrownBy(() -> release("v0.11", ReportLanguage.EN, ReportFormat.MD))
          .isInstanceOf(io.devpulse.model.UserErrorException.class)
          .hasMessage(
              "release (v0.11) is not a published release of vllm-project/vllm the index holds;"
                  + " nearby tags: v0.11.1, v0.11.0, v0.12.0rc1");
      // A draft is not published.
      assertThatThrownBy(() -> release("v0.11.2", ReportLanguage.EN, ReportFormat.MD))
          .hasMessageContaining("nearby tags: v0.11.1, v0.11.0, v0.12.0rc1");
    }

    @Test
    void aLongerReviewWaitListsFewerPullRequests() {
      String en =
          report(
              index,
              day.withLanguage(ReportLanguage.EN).withReviewWait(java.time.Duration.ofHours(86)));

      // #30515 was opened 87 hours before the day's end, #30510 86 hours: only the first waited
      // longer than 86 hours.
      assertThat(line(en, "- **Pull requests waiting longer than 3 days 14 hours"))
          .endsWith("1 item");
      assertThat(en).contains("    - [PR #30515]").doesNotContain("    - [PR #30510]");
    }
  }

  /** The week of 2025-12-05 … 12-12 with the 7,080 merged pull requests around it as history. */
  @Nested
  @Tag("slow")
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class WeekWithHistory {
    Path index;
    ReportRequest week =
        ReportRequest.of(
                VLLM,
                new Window(
                    Instant.parse("2025-12-05T00:00:00Z"), Instant.parse("2025-12-12T00:00:00Z")))
            .withProjectName("vLLM")
            .withLanguage(ReportLanguage.EN);

    @BeforeAll
    void importHistoryAndWeek(@TempDir Path dir) {
      index = dir.resolve("index");
      TestApp.importFixtures(
          index, "vllm-merged-prs/issues.jsonl.gz", "vllm-week-2025-12-12/issues.json");
    }

    @Test
    void goldenFile() throws IOException {
      assertGolden("pipeline-week.en.md", report(index, week));
    }

    @Test
    void trendsCompareWithFourCoveredWeeksAndMergedPullRequestsAreNotCalledUnreviewed() {
      String en = report(index, week);

      assertThat(en)
          .contains(
              "against the mean of the 4 earlier windows of the same length that the index"
                  + " holds, imported from files without proof of completeness (4 asked for)");
      assertThat(line(en, "- **Review status**"))
          .contains("reviews were not fetched for this window")
          .doesNotContain("nothing from a person yet");
    }
  }

  private static String line(String text, String prefix) {
    return text.lines()
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError(prefix));
  }
}
