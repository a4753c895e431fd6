package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.app.FakeGithub;
import io.devpulse.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference hour through the whole tool: import with the built-in rules, then report. */
class ReportCommandTest {
  @TempDir static Path tmp;

  private static String index;

  @BeforeAll
  static void importTheHour() {
    index = tmp.resolve("index").toString();
    CliRun run =
        CliRun.of(
            "import",
            "--index",
            index,
            fixture("vllm-2025-12-10-hour/issues.json"),
            fixture("vllm-2025-12-10-hour/comments.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CliRun report(String... more) {
    String[] args = {
      "report",
      "--index",
      index,
      "--repo",
      "vllm-project/vllm",
      "--from",
      "2025-12-10T11:01Z",
      "--to",
      "2025-12-10T12:01Z",
      "--tz",
      "Asia/Shanghai",
      "--project",
      "vLLM"
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  /** From {@code heading} to the next heading of the same or a higher level. */
  private static String section(String text, String heading) {
    int start = text.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    int level = heading.indexOf(' ');
    int end = text.length();
    for (int k = 1; k <= level; k++) {
      int next = text.indexOf("\n" + "#".repeat(k) + " ", start + heading.length());
      if (next >= 0) {
        end = Math.min(end, next);
      }
    }
    return text.substring(start, end);
  }

  @Test
  void chineseMarkdownMatchesTheReferenceFindings() {
    CliRun run = report("--lang", "zh");

    assertThat(run.exitCode()).as(run.err()).isZero();
    String md = run.out();
    assertThat(md)
        .startsWith("---\ntitle: vLLM 开发动态报告 - 2025-12-10\n")
        .contains("> 时间窗口: 2025-12-10 19:01 (UTC+8) ~ 2025-12-10 20:01 (UTC+8)")
        .contains("> 数据统计: 新 Issue 1 | 关闭 Issue 0 | 新 PR 3 | 合并 PR 0 | 关闭未合并 PR 1");
    assertThat(section(md, "### 🎯 AMD/ROCm")).contains("本周期无 AMD/ROCm 生态相关更新").contains("-amd");
    assertThat(section(md, "### 💬"))
        .contains("#30388", "#30385", "chatgpt-codex-connector", "mergify")
        .contains("无人工技术讨论");
    assertThat(section(md, "### 💡"))
        .contains("#30387")
        .contains("高")
        .contains("illegal memory access");
    String trends = section(md, "### 🔥");
    assertThat(trends.substring(trends.indexOf("性能优化"))).contains("#30386", "#30385");
    assertThat(trends.substring(trends.indexOf("**文档**"))).contains("#30388", "#30348");
    String appendix = section(md, "## 📋");
    assertThat(appendix)
        .contains("### 新增 Issue\n- [#30387]")
        .contains("### 已关闭 Issue\n- 无")
        .containsSubsequence("### 新增 PR\n- [#30388]", "- [#30386]", "- [#30385]")
        .contains("### 已合并 PR\n- 无")
        .contains("### 关闭但未合并的 PR\n- [#30348]")
        .contains("(创建于: 2025-12-10 19:43 (UTC+8))");
  }

  @Test
  void englishHasTheSameFindings() {
    CliRun run = report("--lang", "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "New issues 1 | Closed issues 0 | New PRs 3 | Merged PRs 0 | Closed unmerged PRs 1")
        .contains("No AMD/ROCm ecosystem activity in this window.")
        .contains("all from bots (chatgpt-codex-connector, mergify)");
    assertThat(section(run.out(), "### 💡")).contains("#30387").contains("high");
  }

  @Test
  void jsonHasTheDocumentedStatsKeys() throws Exception {
    CliRun run = report("--format", "json");

    JsonNode stats = new ObjectMapper().readTree(run.out()).path("stats");
    assertThat(stats.path("newIssues").asInt()).isEqualTo(1);
    assertThat(stats.path("closedIssues").asInt()).isZero();
    assertThat(stats.path("newPullRequests").asInt()).isEqualTo(3);
    assertThat(stats.path("mergedPullRequests").asInt()).isZero();
    assertThat(stats.path("closedUnmergedPullRequests").asInt()).isEqualTo(1);
  }

  @Test
  void sameInputsGiveTheSameBytes() {
    assertThat(report("--format", "html").out()).isEqualTo(report("--format", "html").out());
    assertThat(report().out()).isEqualTo(report().out());
  }

  @Test
  void outIntoADirectoryWritesAJekyllPost() throws Exception {
    Path posts = Files.createDirectories(tmp.resolve("_posts"));

    CliRun run = report("--out", posts.toString());

    Path post = posts.resolve("2025-12-10-1901-1h-vllm.md");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("wrote " + post);
    assertThat(Files.readString(post)).isEqualTo(report().out());
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(post)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void syncFirstThenReport() {
    try (FakeGithub github = new FakeGithub(100)) {
      String fresh = tmp.resolve("synced").toString();

      CliRun run =
          CliRun.withEnv(
              java.util.Map.of(
                  "DEVPULSE_HOME", tmp.resolve("home").toString(), "GITHUB_TOKEN", "ghp_x"),
              "report",
              "--sync",
              "--api-url",
              github.url().toString(),
              "--index",
              fresh,
              "--repo",
              "vllm-project/vllm",
              "--from",
              "2025-12-10T11:01Z",
              "--to",
              "2025-12-10T12:01Z",
              "--tz",
              "Asia/Shanghai",
              "--project",
              "vLLM");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).startsWith("synced 1 repository into " + fresh + ": 5 items");
      // The same counts as from the imported files; but a sync of the whole history proves the
      // window
      // complete, holds the earlier hours (empty: this fake repository has nothing earlier) and the
      // history that makes youngze0016 (association NONE) a first-time contributor.
      String imported = report().out();
      assertThat(statsLine(run.out())).isEqualTo(statsLine(imported));
      assertThat(run.out())
          .contains("> 数据覆盖: Issue/PR 已同步至")
          .doesNotContain("⚠️")
          .contains("与索引中保存的此前 4 个同长度时段的平均值对比")
          .contains("youngze0016（索引保存了仓库的全部历史，其中没有此人更早的条目）");
      assertThat(imported)
          .contains("> 数据覆盖: Issue/PR 从文件导入（未验证完整性）")
          .contains("⚠️")
          .contains("无更早数据")
          .contains("无法判断：youngze0016");
    }
  }

  private static String statsLine(String report) {
    return report.lines().filter(l -> l.startsWith("> 数据统计")).findFirst().orElseThrow();
  }

  @Test
  void aWindowIsRequired() {
    CliRun run = CliRun.of("report", "--index", index, "--repo", "vllm-project/vllm");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("no report window; give --from and --to, or --last 1h|24h|7d");
  }
}
