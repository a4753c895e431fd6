package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./devpulse launcher runs its short commands with {@code -Ddevpulse.index.mmap=auto}: an index
 * smaller than 256 MB is then read with positional reads, and the answers must be the same.
 */
class IndexReadsWithoutMappingTest {
  private static final String PROPERTY = "devpulse.index.mmap";

  @TempDir Path tmp;

  @Test
  void queryStatsAndReportAnswerTheSameWithoutMapping() {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of(
                    "import",
                    "--index",
                    index,
                    fixture("vllm-2025-12-10-hour/issues.json"),
                    fixture("vllm-2025-12-10-hour/comments.json"))
                .exitCode())
        .as("set-up")
        .isZero();
    String[][] commands = {
      {"query", "--index", index, "--count-by", "week", "--date", "created", "state:open"},
      {"query", "--index", index, "--limit", "5", "--format", "json", "fp8"},
      {"stats", "--index", index},
      {
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
        "Asia/Shanghai"
      },
    };
    for (String[] command : commands) {
      CliRun mapped = CliRun.of(command);
      CliRun positional;
      System.setProperty(PROPERTY, "false");
      try {
        positional = CliRun.of(command);
      } finally {
        System.clearProperty(PROPERTY);
      }
      assertThat(mapped.exitCode()).as(mapped.err()).isZero();
      assertThat(positional).as(String.join(" ", command)).isEqualTo(mapped);
    }
  }
}
