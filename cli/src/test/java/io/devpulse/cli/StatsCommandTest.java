package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.cli.common.ExitCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {
  @TempDir Path tmp;

  @Test
  void tableShowsCountsSpanAndLastImport() {
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

    CliRun run = CliRun.of("stats", "--index", index);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("items", "5 (pr 4, issue 1) (open 4, closed 1)")
        .contains("- vllm-project/vllm", "4 (0 human, 4 bot)")
        .contains("2025-12-09T03:00:00Z .. 2025-12-10T11:50:00Z")
        .containsPattern("last import +20\\d\\d-");
  }

  @Test
  void noIndexIsAUserError() {
    CliRun run = CliRun.of("stats", "--index", tmp.resolve("none").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().strip())
        .isEqualTo(
            "devpulse: no index at "
                + tmp.resolve("none")
                + " yet; run devpulse import or sync first");
  }

  @Test
  void aFirstImportKilledBeforeItsCommitIsNoIndexYetNotDamage() throws Exception {
    Path dir = tmp.resolve("killed");
    // What a killed first import leaves: the marker and the lock, no commit.
    io.devpulse.index.IndexUpdate.open(dir).close();

    CliRun run = CliRun.of("stats", "--index", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().strip())
        .isEqualTo("devpulse: no index at " + dir + " yet; run devpulse import or sync first");
    assertThat(run.out()).doesNotContain("damaged");
  }

  @Test
  void aFolderOfOtherFilesIsNamedAsSuchAndLeftAlone() throws Exception {
    Path site = java.nio.file.Files.createDirectories(tmp.resolve("site"));
    java.nio.file.Files.writeString(site.resolve("_config.yml"), "title: x\n");
    java.nio.file.Files.writeString(site.resolve("segments_backup.txt"), "notes\n");

    CliRun stats = CliRun.of("stats", "--index", site.toString());
    CliRun query = CliRun.of("query", "--index", site.toString(), "*:*");
    CliRun imported =
        CliRun.of(
            "import", "--index", site.toString(), fixture("vllm-2025-12-10-hour/issues.json"));

    assertThat(stats.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(stats.err())
        .startsWith("devpulse: " + site + ": not a devpulse index")
        .hasLineCount(1);
    assertThat(query.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(query.err()).contains("not a devpulse index").hasLineCount(1);
    assertThat(imported.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    try (var files = java.nio.file.Files.list(site)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("_config.yml", "segments_backup.txt");
    }
  }
}
