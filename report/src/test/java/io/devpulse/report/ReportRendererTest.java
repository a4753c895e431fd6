package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Priority;
import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class ReportRendererTest {
  private static final String BACK_LINK = "[<< Back to Home]({{ site.baseurl }}/)";

  /** The hour of the reference report: golden files and the reference's own lines. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class HourFixture {
    Report report;

    @BeforeAll
    void build(@TempDir Path dir) {
      TestIndexes.importHour(dir);
      try (HistoryIndex index = HistoryIndex.open(dir)) {
        report =
            ReportBuilder.build(
                index,
                ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW)
                    .withProjectName("vLLM")
                    .withZone(ZoneId.of("Asia/Shanghai")),
                TestIndexes.CONTEXT);
      }
    }

    private String render(ReportFormat format, ReportLanguage language) {
      return ReportRenderer.render(
          report, format, language, TemplateSet.builtIn(), TestIndexes.CONTEXT.phrasing());
    }

    @Test
    void goldenFiles() {
      Golden.assertMatches("hour.zh.md", render(ReportFormat.MD, ReportLanguage.ZH));
      Golden.assertMatches("hour.en.md", render(ReportFormat.MD, ReportLanguage.EN));
      Golden.assertMatches("hour.json", render(ReportFormat.JSON, ReportLanguage.EN));
      Golden.assertMatches("hour.zh.html", render(ReportFormat.HTML, ReportLanguage.ZH));
      Golden.assertMatches("hour.en.html", render(ReportFormat.HTML, ReportLanguage.EN));
    }

    @Test
    void jsonDoesNotDependOnTheLanguage() {
      assertThat(render(ReportFormat.JSON, ReportLanguage.ZH))
          .isEqualTo(render(ReportFormat.JSON, ReportLanguage.EN));
    }

    @Test
    void chineseMarkdownHasTheReferenceHeaderAndAppendix() {
      String md = render(ReportFormat.MD, ReportLanguage.ZH);

      assertThat(md)
          .startsWith(
              "---\ntitle: vLLM 开发动态报告 - 2025-12-10\ndate: 2025-12-10\nlayout: default\n---\n\n"
                  + BACK_LINK
                  + "\n\n# vLLM 开发动态报告 - 2025-12-10\n");
      assertThat(md.lines())
          .contains(
              "> 时间窗口: 2025-12-10 19:01 (UTC+8) ~ 2025-12-10 20:01 (UTC+8)",
              "> 数据统计: 新 Issue 1 | 关闭 Issue 0 | 新 PR 3 | 合并 PR 0 | 关闭未合并 PR 1",
              "## vLLM 项目开发动态分析报告",
              "**分析周期：** 2025年12月10日 11:01 - 12:01 (UTC)",
              "**本周期无 AMD/ROCm 生态相关更新。**",
              "- [#30387](https://github.com/vllm-project/vllm/issues/30387) \\[Bug\\]: illegal memory access countered"
                  + " when using kv-cache-type=fp8  loading  a weight-fp8 model for evaltest  in flash-attn backend"
                  + " — bug — by youngze0016 (创建于: 2025-12-10 19:43 (UTC+8))",
              "- [#30388](https://github.com/vllm-project/vllm/pull/30388) \\[Docs\\] Generate full list of metrics in"
                  + " user docs — documentation — by markmc (创建于: 2025-12-10 19:50 (UTC+8))",
              "- [#30348](https://github.com/vllm-project/vllm/pull/30348) \\[Docs\\]: adds a new metric"
                  + " vllm:request\\_prefill\\_kv\\_computed\\_tokens in docs — documentation — by googs1025"
                  + " (关闭于: 2025-12-10 19:59 (UTC+8))");
      String appendix = md.substring(md.indexOf("## 📋 附录：详细数据列表"));
      assertThat(appendix.indexOf("[#30388]")).isLessThan(appendix.indexOf("[#30386]"));
      assertThat(appendix.indexOf("[#30386]")).isLessThan(appendix.indexOf("[#30385]"));
      assertThat(appendix).contains("### 已关闭 Issue\n- 无\n", "### 已合并 PR\n- 无\n");
    }

    @Test
    void chineseMarkdownSectionsSayWhatTheReferenceSays() {
      String md = render(ReportFormat.MD, ReportLanguage.ZH);

      assertThat(md)
          .contains(
              "均未发现直接涉及 ROCm、HIP、AMD、Quark、MI300 等 AMD/ROCm 术语（术语表共 10 个）",
              "所有贡献者用户名均不包含“-amd”后缀。",
              "PR #30388 收到 2 条评论，均来自自动化工具（chatgpt-codex-connector、mergify），无人工技术讨论。",
              "PR #30385 收到 2 条评论，均来自自动化工具（chatgpt-codex-connector、mergify），无人工技术讨论。",
              "1. **[Issue #30387](https://github.com/vllm-project/vllm/issues/30387)**（高）：",
              "    - 原因：crash in a bug report（body: 'illegal memory access'）",
              "1. **性能优化**：2 个条目",
              "2. **文档**：2 个条目");
      // #30387's ROCm and HIP sit in its environment dump, which the rules do not read
      assertThat(md).doesNotContain("虽然提及");
      String trends = md.substring(md.indexOf("### 🔥"), md.indexOf("### 🛠️"));
      assertThat(trends.indexOf("[PR #30386]")).isLessThan(trends.indexOf("**文档**"));
      assertThat(trends.indexOf("[PR #30385]")).isLessThan(trends.indexOf("**文档**"));
      assertThat(trends.indexOf("[PR #30388]")).isGreaterThan(trends.indexOf("**文档**"));
      assertThat(trends.indexOf("[PR #30348]")).isGreaterThan(trends.indexOf("**文档**"));
    }

    @Test
    void englishCarriesTheSameFacts() {
      String md = render(ReportFormat.MD, ReportLanguage.EN);

      assertThat(md.lines())
          .contains(
              "> Window: 2025-12-10 19:01 (UTC+8) ~ 2025-12-10 20:01 (UTC+8)",
              "> Stats: New issues 1 | Closed issues 0 | New PRs 3 | Merged PRs 0 | Closed unmerged PRs 1",
              "**No AMD/ROCm ecosystem activity in this window.**",
              "- **Comments**: PR #30388 received 2 comments, all from bots (chatgpt-codex-connector, mergify); no"
                  + " human technical discussion.",
              "1. **[Issue #30387](https://github.com/vllm-project/vllm/issues/30387)** (high): \\[Bug\\]: illegal memory"
                  + " access countered when using kv-cache-type=fp8  loading  a weight-fp8 model for evaltest  in"
                  + " flash-attn backend");
      // Same structure: as many lines as the Chinese report.
      assertThat(md.lines().count())
          .isEqualTo(render(ReportFormat.MD, ReportLanguage.ZH).lines().count());
    }

    @Test
    void htmlIsStandalone() {
      String html = render(ReportFormat.HTML, ReportLanguage.EN);

      assertThat(html)
          .startsWith("<!DOCTYPE html>")
          .contains("<style>", "<html lang=\"en\">")
          .doesNotContain("<link", "<script", "src=\"http", "@import");
    }
  }

  /** Titles, logins, labels and rule text that try to escape into Markdown, Liquid or HTML. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class HostileText {
    static final List<String> TITLES =
        List.of(
            "{{ site.github }}",
            "{% include x %}",
            "<script>alert(1)</script>",
            "a | b",
            "[x](javascript:alert(1))",
            "line\n# heading\n{{",
            "*bold* _em_ `code` ~~s~~ $$x$$ &amp; \\");
    Report report;

    @BeforeAll
    void build(@TempDir Path dir) {
      Instant t = Instant.parse("2025-12-10T11:30:00Z");
      try (IndexUpdate update = IndexUpdate.open(dir)) {
        for (int k = 0; k < TITLES.size(); k++) {
          Item item =
              Item.builder(
                      TestIndexes.VLLM,
                      100 + k,
                      k % 2 == 0 ? ItemKind.PULL_REQUEST : ItemKind.ISSUE)
                  .title(TITLES.get(k))
                  .body("## Purpose\n" + TITLES.get(k) + " {%raw%} <img src=x onerror=alert(1)>")
                  .author(Actor.user("{{evil}}<b>" + k))
                  .labels(List.of("{% x %}", "<i>|" + k))
                  .state(ItemState.OPEN)
                  .createdAt(t.plusSeconds(k))
                  .build();
          Classification c =
              new Classification(
                  List.of("amd-rocm", "{{topic}}"),
                  Priority.CRITICAL,
                  List.of(
                      Evidence.priority(
                          Priority.CRITICAL, "{{rule}}", "<script>x</script> | [a](b)"),
                      Evidence.topic("amd-rocm", "{% rule %}", "title: '{{'")),
                  "test");
          update.put(item, "{}", c);
        }
        update.put(
            new Comment(
                TestIndexes.VLLM,
                1,
                100,
                Actor.user("{{commenter}}"),
                t.plusSeconds(60),
                null,
                "hi"),
            "{}");
        update.put(
            new Comment(
                TestIndexes.VLLM,
                2,
                100,
                new Actor("<bot>{{x}}", ActorType.BOT),
                t.plusSeconds(61),
                null,
                "hi"),
            "{}");
        update.commit(Map.of());
      }
      try (HistoryIndex index = HistoryIndex.open(dir)) {
        report =
            ReportBuilder.build(
                index,
                ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW)
                    .withProjectName("{{ site.title }}"),
                new ReportContext(
                    TestIndexes.CONTEXT.bots(),
                    "amd-rocm",
                    new AmdChecks(List.of("{{k}}"), List.of("{%s%}")),
                    TestIndexes.CONTEXT.coverage(),
                    TestIndexes.CONTEXT.phrasing(),
                    TestIndexes.CONTEXT.termHits(),
                    TestIndexes.CONTEXT.reviewWait()));
      }
    }

    @Test
    void markdownLeavesNoLiquidTagOutsideTheBackLink() {
      for (ReportLanguage language : ReportLanguage.values()) {
        String md = ReportRenderer.render(report, ReportFormat.MD, language, TemplateSet.builtIn());

        assertThat(md).contains(BACK_LINK);
        String rest = md.replace(BACK_LINK, "");
        assertThat(rest).doesNotContain("{{", "{%", "%}", "}}");
        assertThat(rest)
            .contains("&#123;&#123; site.github &#125;&#125;", "&#123;% include x %&#125;");
      }
    }

    @Test
    void markdownLeavesNoHtmlLinkTableCellOrBlock() {
      String md =
          ReportRenderer.render(report, ReportFormat.MD, ReportLanguage.EN, TemplateSet.builtIn());

      assertThat(md)
          .doesNotContain("<script", "<img", "<b>", "<i>", "[x]")
          .doesNotContainPattern("(?<!\\\\)\\]\\(javascript:");
      assertThat(md)
          .contains(
              "&lt;script&gt;alert(1)&lt;/script&gt;",
              "a \\| b",
              "\\[x\\](javascript:alert(1))",
              "\\*bold\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~ \\$\\$x\\$\\$ &amp;amp; \\\\");
      assertThat(md.lines()).noneMatch(line -> line.startsWith("# heading"));
      // Every link target is a GitHub URL the report built itself.
      assertThat(java.util.Arrays.stream(md.split("(?<!\\\\)\\]\\(")).skip(1).toList())
          .allSatisfy(
              after ->
                  assertThat(after)
                      .matches(
                          "(?s)(https://github\\.com/vllm-project/vllm/|\\{\\{ site\\.baseurl \\}\\}/\\)).*"));
    }

    @Test
    void frontMatterTitleIsQuotedWhenItIsNotPlain() {
      String md =
          ReportRenderer.render(report, ReportFormat.MD, ReportLanguage.EN, TemplateSet.builtIn());

      assertThat(md)
          .startsWith(
              "---\ntitle: \"&#123;&#123; site.title &#125;&#125; Development Report - 2025-12-10\"\n");
    }

    @Test
    void htmlEscapesEverything() {
      for (ReportLanguage language : ReportLanguage.values()) {
        String html =
            ReportRenderer.render(report, ReportFormat.HTML, language, TemplateSet.builtIn());

        assertThat(html)
            .doesNotContain("<script", "<img", "<b>", "<i>", "{{", "{%", "javascript:alert(1)\"");
        assertThat(html)
            .contains(
                "&lt;script&gt;alert(1)&lt;/script&gt;", "&#123;&#123; site.github &#125;&#125;");
        assertThat(java.util.Arrays.stream(html.split("href=\"")).skip(1).toList())
            .allSatisfy(
                after -> assertThat(after).startsWith("https://github.com/vllm-project/vllm/"));
      }
    }

    @Test
    void jsonKeepsTheRawText() {
      String json =
          ReportRenderer.render(
              report, ReportFormat.JSON, ReportLanguage.EN, TemplateSet.builtIn());

      assertThat(json).contains("\"title\": \"<script>alert(1)</script>\"", "\"title\": \"a | b\"");
    }
  }

  @Test
  void templateMistakesAreUserErrors(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("report.md.mustache"), "{{#open}} never closed");
    Report report = emptyReport(dir);

    assertThatThrownBy(
            () ->
                ReportRenderer.render(
                    report, ReportFormat.MD, ReportLanguage.EN, TemplateSet.overriddenBy(dir)))
        .isInstanceOf(UserErrorException.class)
        .hasMessageStartingWith("template report.md.mustache: ");
  }

  @Test
  void emptyWindowSaysNoneEverywhere(@TempDir Path dir) {
    Report report = emptyReport(dir);

    String md =
        ReportRenderer.render(report, ReportFormat.MD, ReportLanguage.EN, TemplateSet.builtIn());

    assertThat(md)
        .contains(
            "Nothing was opened, closed or merged in this window.",
            "No comments in this window.",
            "No item of this window has a topic.",
            "No item of normal or higher priority in this window.",
            "No high-priority or critical item in this window.");
    assertThat(md.split("- None\n", -1)).hasSize(6);
  }

  private static Report emptyReport(Path dir) {
    Path index = dir.resolve("index");
    try (IndexUpdate update = IndexUpdate.open(index)) {
      update.commit(Map.of());
    }
    try (HistoryIndex h = HistoryIndex.open(index)) {
      return ReportBuilder.build(
          h, ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW), TestIndexes.CONTEXT);
    }
  }
}
