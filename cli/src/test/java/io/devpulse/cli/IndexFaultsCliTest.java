package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.cli.common.ExitCode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index file, seen from the command line: {@code stats} reports the index's health
 * (Lucene CheckIndex) and exits 1; {@code query}, {@code import} and {@code report} say in one line
 * that the index is damaged (exit 1, not an internal error); none of them changes a byte of the
 * index.
 */
class IndexFaultsCliTest {
  @TempDir Path tmp;

  private Path index;

  private Map<String, String> env() {
    return Map.of("DEVPULSE_HOME", tmp.resolve("home").toString());
  }

  private CliRun run(String... args) {
    return CliRun.withEnv(env(), args);
  }

  @BeforeEach
  void importTheHour() {
    index = tmp.resolve("index");
    CliRun run =
        run(
            "import",
            "--index",
            index.toString(),
            fixture("vllm-2025-12-10-hour/issues.json"),
            fixture("vllm-2025-12-10-hour/comments.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /**
   * The largest segment file (not the commit point: its user data records the pack's term files,
   * which can make segments_N the largest file of a small index).
   */
  private Path largestFile() throws Exception {
    try (Stream<Path> files = Files.list(index)) {
      return files
          .filter(p -> !p.getFileName().toString().startsWith("segments"))
          .max(Comparator.comparingLong(p -> p.toFile().length()))
          .orElseThrow();
    }
  }

  @Test
  void statsReportsAHealthyIndex() {
    CliRun table = run("stats", "--index", index.toString());
    CliRun json = run("stats", "--index", index.toString(), "--format", "json");

    assertThat(table.exitCode()).as(table.err()).isZero();
    // an import flushes its comments when the first item arrives (classified with them), its items
    // to settle their classification, then writes the accounts: 1-3 segments
    assertThat(table.out()).containsPattern("(?m)^health +ok \\([123] segments checked\\)$");
    assertThat(json.out()).containsPattern("\"health\" : \"ok \\([123] segments checked\\)\"");
  }

  @Test
  void statsReportsAFlippedByteAndTheIndexIsLeftAsItWas() throws Exception {
    Path segment = largestFile();
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      f.seek(f.length() / 2);
      int b = f.read();
      f.seek(f.length() / 2);
      f.write(b ^ 0xFF);
    }
    Map<String, String> before = RuleFaultsTest.digests(index);

    CliRun stats = run("stats", "--index", index.toString());

    assertThat(stats.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(stats.out())
        .containsPattern("^health damaged: 1 of [123] segments broken\n  segment _\\d+: ");
    assertThat(stats.out()).containsIgnoringCase("checksum");
    assertThat(stats.err())
        .isEqualTo(
            "devpulse: index "
                + index
                + " is damaged (see above); restore a backup or"
                + " rebuild it with import or sync into a new directory"
                + System.lineSeparator());
    assertThat(RuleFaultsTest.digests(index)).isEqualTo(before);
  }

  @Test
  void aTruncatedSegmentIsAOneLineErrorForEveryCommand() throws Exception {
    Path segment = largestFile();
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      f.setLength(f.length() - 64);
    }
    Map<String, String> before = RuleFaultsTest.digests(index);

    for (CliRun run :
        new CliRun[] {
          run("query", "--index", index.toString(), "kind:pr"),
          run("import", "--index", index.toString(), fixture("vllm-week-2025-12-12/issues.json")),
          run(
              "report",
              "--index",
              index.toString(),
              "--repo",
              "vllm-project/vllm",
              "--from",
              "2025-12-10T11:01Z",
              "--to",
              "2025-12-10T12:01Z")
        }) {
      assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(run.err())
          .startsWith("devpulse: index " + index + " is damaged (")
          .endsWith(
              "); 'devpulse stats' shows its health; restore a backup or rebuild it with import or sync"
                  + System.lineSeparator())
          .hasLineCount(1);
    }
    CliRun stats = run("stats", "--index", index.toString());
    assertThat(stats.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(stats.out()).startsWith("health damaged: ");
    assertThat(RuleFaultsTest.digests(index)).isEqualTo(before);
  }
}
