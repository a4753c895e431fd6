package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Repository;
import io.devpulse.model.Window;
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
      List<String> rules = TestApp.APP.rules().compile(TestPacks.BUILT_IN).ruleNames();
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
