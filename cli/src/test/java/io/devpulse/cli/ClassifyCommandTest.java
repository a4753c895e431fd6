package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

  private JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
