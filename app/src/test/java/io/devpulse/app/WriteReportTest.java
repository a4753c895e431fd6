package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.classify.Pack;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.ReportRequest;
import io.devpulse.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteReportTest {
  private static final ReportRequest HOUR =
      ReportRequest.of(
              Repository.parse("vllm-project/vllm"),
              new Window(
                  Instant.parse("2025-12-10T11:01:00Z"), Instant.parse("2025-12-10T12:01:00Z")))
          .withLanguage(ReportLanguage.EN);

  @TempDir Path tmp;
  private Path index;

  @BeforeEach
  void importTheHour() {
    index = tmp.resolve("index");
    TestApp.importFixtures(
        index, "vllm-2025-12-10-hour/issues.json", "vllm-2025-12-10-hour/comments.json");
  }

  private WriteReport.Result report(Pack pack, Path out) {
    return new WriteReport(TestApp.APP)
        .run(new WriteReport.Request(index, pack, HOUR, out, false, false, IndexNotices.NONE));
  }

  private static String checkedLine(String report) {
    return report
        .lines()
        .filter(l -> l.startsWith("- Checked the new pull requests"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theAmdSectionSaysWhatThePacksListLooksFor() throws Exception {
    Path rules = tmp.resolve("rules");
    RulePacks.writeBuiltIn(rules, false);
    Path amd = rules.resolve("terms/topics/amd-rocm.txt");
    Files.writeString(amd, Files.readString(amd).replace(" quark,", "").replace(", quark", ""));

    String builtIn = checkedLine(report(TestPacks.BUILT_IN, null).text());
    String edited = checkedLine(report(Pack.load(rules), null).text());

    // five terms for the list (none hit in this hour: its first five), and the list's size
    assertThat(builtIn)
        .contains("about rocm, amd, hip, aiter, quark or the rest")
        .endsWith("(40 terms).");
    assertThat(edited)
        .contains("about rocm, amd, hip, aiter, rccl or the rest")
        .endsWith("(39 terms).");
  }

  @Test
  void aDirectoryGetsAPostNamedByTheWindowsStartAndLength() throws Exception {
    Path posts = Files.createDirectory(tmp.resolve("_posts"));

    WriteReport.Result result = report(TestPacks.BUILT_IN, posts);

    assertThat(result.writtenOrNull()).isEqualTo(posts.resolve("2025-12-10-1101-1h-vllm.md"));
    assertThat(Files.readString(result.writtenOrNull())).isEqualTo(result.text());
  }

  @Test
  void withoutOutTheTextIsReturnedAndNothingWritten() {
    WriteReport.Result result = report(TestPacks.BUILT_IN, null);

    assertThat(result.writtenOrNull()).isNull();
    assertThat(result.text()).contains("Stats: New issues 1 | Closed issues 0 | New PRs 3");
  }

  @Test
  void aUserPacksMessageShowsInTheNextReportWithoutABuild() throws Exception {
    Path rules = tmp.resolve("rules");
    RulePacks.writeBuiltIn(rules, false);
    Path zh = rules.resolve("messages_zh.properties");
    String key = "rule.priority-hard-fault-in-a-bug-report=";
    ReportRequest chinese = HOUR.withLanguage(ReportLanguage.ZH);
    String before =
        new WriteReport(TestApp.APP)
            .run(
                new WriteReport.Request(
                    index, Pack.load(rules), chinese, null, false, false, IndexNotices.NONE))
            .text();
    Files.writeString(
        zh,
        Files.readString(zh)
            .lines()
            .map(l -> l.startsWith(key) ? key + "标题写明了致命故障{terms}" : l)
            .reduce("", (a, b) -> a + b + "\n"));

    String after =
        new WriteReport(TestApp.APP)
            .run(
                new WriteReport.Request(
                    index, Pack.load(rules), chinese, null, false, false, IndexNotices.NONE))
            .text();

    assertThat(before).contains("缺陷报告的标题指出严重故障：“illegal memory access”");
    assertThat(after).contains("标题写明了致命故障“illegal memory access”").doesNotContain("缺陷报告的标题指出严重故障");
    // a message is no part of the fingerprint: the wording changed, no classification did
    assertThat(Pack.load(rules).fingerprint()).isEqualTo(TestPacks.BUILT_IN.fingerprint());
  }
}
