package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.output.DisplayWidth;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

  private static String index;

  @BeforeAll
  static void importHourAndWeek() {
    index = tmp.resolve("index").toString();
    CliRun run =
        CliRun.of(
            "import",
            "--index",
            index,
            fixture("vllm-2025-12-10-hour/issues.json"),
            fixture("vllm-2025-12-10-hour/comments.json"),
            fixture("vllm-week-2025-12-12/issues.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CliRun query(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "query";
    all[1] = "--index";
    all[2] = index;
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void tablesWithChineseLabelsAndTitlesLineUpOnScreen(@TempDir Path dir) throws Exception {
    String issue =
        """
        {"url": "https://api.github.com/repos/acme/widgets/issues/%1$d", "number": %1$d,
         "title": "%2$s", "user": {"login": "%3$s", "type": "User"}, "labels": [{"name": "%4$s"}],
         "state": "open", "created_at": "2025-12-10T11:0%1$d:00Z", "updated_at": "2025-12-10T11:0%1$d:00Z",
         "body": ""}""";
    Path file =
        java.nio.file.Files.writeString(
            dir.resolve("issues.json"),
            "["
                + String.join(
                    ",",
                    issue.formatted(1, "性能回退：解码慢了 8%", "alice", "性能"),
                    issue.formatted(2, "fp8 crash", "bob", "bug"),
                    issue.formatted(3, "文档", "李雷", "文档与示例"))
                + "]");
    String chinese = dir.resolve("index").toString();
    assertThat(CliRun.of("import", "--index", chinese, file.toString()).exitCode()).isZero();

    CliRun labels = CliRun.of("query", "--index", chinese, "--count-by", "label");
    CliRun items = CliRun.of("query", "--index", chinese, "--sort", "created");

    assertThat(labels.exitCode()).as(labels.err()).isZero();
    // The count column starts at the same screen column on every line, Chinese or not.
    assertThat(
            labels.out().lines().map(l -> DisplayWidth.of(l.substring(0, l.lastIndexOf("  ") + 2))))
        .hasSize(5)
        .containsOnly(DisplayWidth.of("文档与示例  "));
    assertThat(
            items
                .out()
                .lines()
                .limit(4)
                .map(
                    l ->
                        DisplayWidth.of(
                            l.substring(
                                0, l.indexOf("  title") < 0 ? titleStart(l) : l.indexOf("title"))))
                .distinct())
        .hasSize(1);
  }

  /** Where the title cell starts: after the author cell, the fifth. */
  private static int titleStart(String line) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\S+\\s+){5}").matcher(line);
    return m.find() ? m.end() : -1;
  }

  @Test
  void fieldQueriesFindItemsAsJson() throws Exception {
    CliRun run =
        query(
            "kind:pr AND state:open AND author:isotr0py AND title:\"prefix lm\"",
            "--format",
            "json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode items = JSON.readTree(run.out()).path("items");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).path("number").asInt()).isEqualTo(30386);
    assertThat(items.get(0).path("labels").get(0).asText()).isEqualTo("v1");
  }

  @Test
  void tableListsItemsSortedNewestFirst() {
    CliRun run =
        query(
            "repo:vllm-project/vllm AND created:[2025-12-10T11:00:00Z TO 2025-12-10T12:01:00Z]",
            "--sort",
            "created:desc",
            "--limit",
            "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).contains("#30388");
    assertThat(run.out()).contains("3 of ");
  }

  @Test
  void csvQuotesTitlesWithCommas() {
    CliRun run = query("number:30387", "--format", "csv");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("repo,number,kind,state");
    assertThat(run.out()).contains("vllm-project/vllm,30387,issue,open");
  }

  @Test
  void countByLabelAndWeek() throws Exception {
    JsonNode labels = JSON.readTree(query("*:*", "--count-by", "label", "--format", "json").out());
    assertThat(labels.path("counts").path("documentation").asLong()).isEqualTo(2);

    JsonNode weeks =
        JSON.readTree(
            query("merged:true", "--count-by", "week", "--date", "merged", "--format", "json")
                .out());
    assertThat(weeks.path("date").asText()).isEqualTo("merged");
    // The week lists #30388 as merged on 12-09, but the hour's copy (updated 12-10, open) is newer
    // and wins: 221 of the week's 222 remain merged.
    assertThat(weeks.path("total").asLong()).isEqualTo(221);
  }

  @Test
  void badSyntaxIsOneLineWithThePosition() {
    CliRun run = query("title:(fp8 AND");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).startsWith("devpulse: ").contains("column").hasLineCount(1);
  }

  @Test
  void nonPositiveLimitIsAUsageError() {
    CliRun run = query("*:*", "--limit", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--limit (0) must be positive");
  }

  @Test
  void missingIndexIsAUserError() {
    CliRun run = CliRun.of("query", "--index", tmp.resolve("nothing").toString(), "*:*");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("no index at");
  }
}
