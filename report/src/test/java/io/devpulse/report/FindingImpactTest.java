package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A key change's impact is its findings in the pack's words; the evidence stays one step away. */
class FindingImpactTest {
  private static Report withFindings(List<ReportFinding> findings) {
    Report r = ReportJsonTest.sample();
    KeyChange change = r.keyChanges().items().get(0);
    return new Report(
        r.header(),
        r.stats(),
        r.coverage(),
        r.summary(),
        r.amd(),
        r.hotDiscussions(),
        r.trends(),
        new KeyChanges(
            List.of(new KeyChange(change.item(), change.what(), change.reasons(), findings))),
        r.activity(),
        r.noteworthy(),
        r.appendix());
  }

  private static String render(Report report, ReportFormat format, ReportLanguage language) {
    return ReportRenderer.render(
        report, format, language, TemplateSet.builtIn(), TestIndexes.CONTEXT.phrasing());
  }

  private static final List<ReportFinding> FINDINGS =
      List.of(
          new ReportFinding(
              "compat-risk",
              "compat-risk: an interface out-of-tree code implements",
              Map.of("surface", "interface", "name", "_model_forward"),
              List.of("body: 'out-of-tree runners may override'")),
          new ReportFinding(
              "speedup-claim",
              "speedup-claim: a measured number",
              Map.of("amount", "1.3x", "metric", ""),
              List.of("body: '1.3x faster'")));

  @Test
  void findingsAreTheImpactInEachLanguage() {
    Report report = withFindings(FINDINGS);

    assertThat(render(report, ReportFormat.MD, ReportLanguage.ZH))
        .contains("**影响**：修改了 \\_model\\_forward，插件或树外（out-of-tree）后端实现的接口可能受影响；声称提速 1.3x")
        .doesNotContain("compat-risk");
    assertThat(render(report, ReportFormat.MD, ReportLanguage.EN))
        .contains(
            "**Impact**: changes \\_model\\_forward, an interface that plugins or out-of-tree"
                + " backends implement; claims a speed-up of 1.3x");
    assertThat(render(report, ReportFormat.HTML, ReportLanguage.ZH))
        .contains("<dd>修改了 _model_forward，插件或树外（out-of-tree）后端实现的接口可能受影响；声称提速 1.3x</dd>");
  }

  @Test
  void withoutFindingsTheImpactIsThePriority() {
    assertThat(render(withFindings(List.of()), ReportFormat.MD, ReportLanguage.ZH))
        .contains("**影响**：高优先级\n");
  }

  @Test
  void theJsonCarriesFindingsInFull() {
    assertThat(ReportJson.write(withFindings(FINDINGS)))
        .contains(
            "\"kind\": \"compat-risk\"",
            "\"surface\": \"interface\"",
            "\"evidence\": [",
            "\"body: 'out-of-tree runners may override'\"");
  }
}
