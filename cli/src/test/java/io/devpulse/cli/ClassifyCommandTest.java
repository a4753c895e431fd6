package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void filesArePrintedAsOneJsonLinePerItemAndNotStored() throws Exception {
    Path index = tmp.resolve("index");

    CliRun run =
        CliRun.of(
            "classify",
            "--index",
            index.toString(),
            "--format",
            "jsonl",
            fixture("vllm-2025-12-10-hour/issues.json"));

    // --index names an index that does not exist: history is asked for but absent.
    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("no index at");

    CliRun noHistory = CliRun.of("classify", fixture("vllm-2025-12-10-hour/issues.json"));
    assertThat(noHistory.exitCode()).as(noHistory.err()).isZero();
    List<JsonNode> lines = noHistory.out().lines().map(this::parse).toList();
    assertThat(lines).hasSize(5);
    JsonNode crash =
        lines.stream().filter(n -> n.path("number").asInt() == 30387).findFirst().orElseThrow();
    assertThat(crash.path("repo").asText()).isEqualTo("vllm-project/vllm");
    assertThat(crash.path("priority").asText()).isEqualTo("high");
    assertThat(crash.path("topics").toString())
        .contains("low-precision")
        .doesNotContain("amd-rocm");
    assertThat(crash.path("evidence").get(0).fieldNames())
        .toIterable()
        .containsExactly("kind", "label", "rule", "text");
    assertThat(Files.exists(index)).isFalse();
  }

  @Test
  void withoutFilesReclassifiesTheIndex() {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-2025-12-10-hour/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();

    CliRun current = CliRun.of("classify", "--index", index);
    CliRun all = CliRun.of("classify", "--index", index, "--all");

    assertThat(current.exitCode()).as(current.err()).isZero();
    assertThat(current.out()).startsWith("classified 0 items");
    assertThat(all.out()).startsWith("classified 5 items").contains("built-in");
  }

  @Test
  void unknownFormatIsAUsageError() {
    CliRun run =
        CliRun.of("classify", "--format", "csv", fixture("vllm-2025-12-10-hour/issues.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'csv' is not one of jsonl");
  }

  /** One pull request as GitHub's issues endpoint gives it. */
  private static String pullRequest(int number, String title, String body) throws Exception {
    var node = JSON.createObjectNode();
    node.put("repository_url", "https://api.github.com/repos/vllm-project/vllm");
    node.put("number", number);
    node.put("title", title);
    node.put("body", body);
    node.put("state", "open");
    node.put("created_at", "2025-12-10T11:00:00Z");
    node.put("updated_at", "2025-12-10T11:00:00Z");
    node.putObject("user").put("login", "someone").put("type", "User");
    node.putArray("labels");
    node.putObject("pull_request").putNull("merged_at");
    return JSON.writeValueAsString(JSON.createArrayNode().add(node));
  }

  @Test
  void jsonLinesCarryThePrimaryTopicAndTheFindingsWithValuesAndEvidence() throws Exception {
    Path file = tmp.resolve("prs.json");
    Files.writeString(
        file,
        pullRequest(
            40001,
            "[Perf] Fuse the fp8 quant into the norm",
            "Output throughput is 12% higher on H100. This renames the `--fuse-norm` flag."));

    CliRun run = CliRun.of("classify", "--format", "jsonl", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode line = parse(run.out().strip());
    assertThat(line.path("primary").asText()).isEqualTo("performance");
    assertThat(line.path("findings").toString())
        .contains(
            "{\"kind\":\"compat-risk\",\"values\":{\"surface\":\"cli-flag\",\"name\":\"--fuse-norm\"}")
        .contains(
            "{\"kind\":\"speedup-claim\",\"values\":{\"amount\":\"12%\",\"metric\":\"throughput\"},"
                + "\"rule\":\"finding: measured speed-up\","
                + "\"evidence\":\"body: 'Output throughput is 12% higher on H100.'\"}");
    assertThat(line.path("evidence").toString())
        .contains(
            "{\"kind\":\"primary\",\"label\":\"performance\",\"rule\":\"primary: title tag\"");
  }

  @Test
  void aPrimaryRuleAndAFindingTermEditedInARulesInitCopyApplyWithoutABuild() throws Exception {
    Path rules = tmp.resolve("rules");
    assertThat(CliRun.of("rules", "init", rules.toString()).exitCode()).as("set-up").isZero();
    Path file = tmp.resolve("prs.json");
    Files.writeString(
        file,
        pullRequest(
            40002, "[ROCm][FP8] Enable the GEMM on MI300X", "Decoding is 20% snappier now."));
    CliRun before = CliRun.of("classify", "--rules", rules.toString(), file.toString());
    assertThat(before.exitCode()).as(before.err()).isZero();
    assertThat(parse(before.out().strip()).path("primary").asText()).isEqualTo("amd-rocm");
    assertThat(parse(before.out().strip()).path("findings").size()).isZero();

    // low-precision before AMD within a level (both are title tags here); "snappier" says faster
    Path primary = rules.resolve("primary.drl");
    Files.writeString(
        primary,
        Files.readString(primary)
            .replace("case \"low-precision\": return 3;", "case \"low-precision\": return 0;"));
    Files.writeString(
        rules.resolve("terms/speedup-words.txt"),
        "word: snappier\n",
        java.nio.file.StandardOpenOption.APPEND);
    CliRun after = CliRun.of("classify", "--rules", rules.toString(), file.toString());

    assertThat(after.exitCode()).as(after.err()).isZero();
    JsonNode line = parse(after.out().strip());
    assertThat(line.path("primary").asText()).isEqualTo("low-precision");
    assertThat(line.path("findings").get(0).path("values").toString())
        .isEqualTo("{\"amount\":\"20%\",\"metric\":\"\"}");
  }

  private JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
