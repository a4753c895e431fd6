package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.cli.common.ExitCode;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers and a reader on one index: a second writer (in this JVM or another process) fails
 * fast with "index DIR is in use by another devpulse process", or with {@code --wait} waits for the
 * first and then runs; a reader during a write sees the last commit, not the writer's uncommitted
 * work.
 */
@Tag("slow")
class IndexConcurrencyTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");

  @TempDir Path tmp;

  private Path index() {
    return tmp.resolve("index");
  }

  private Map<String, String> env() {
    return Map.of("DEVPULSE_HOME", tmp.resolve("home").toString(), "DEVPULSE_PROGRESS", "never");
  }

  private CliRun importHour(String... extra) {
    String[] args =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of("import", "--index", index().toString()),
                java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(extra),
                    java.util.stream.Stream.of(
                        fixture("vllm-2025-12-10-hour/issues.json"),
                        fixture("vllm-2025-12-10-hour/comments.json"))))
            .toArray(String[]::new);
    return CliRun.withEnv(env(), args);
  }

  private long items() {
    try (HistoryIndex history = HistoryIndex.open(index())) {
      return history.stats().items();
    }
  }

  @Test
  void aSecondWriterFailsFastWithAClearMessageAndChangesNothing() {
    assertThat(importHour().exitCode()).isZero();
    try (IndexUpdate first = IndexUpdate.open(index())) {
      long start = System.nanoTime();
      CliRun second = importHour();
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(second.exitCode()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(second.err())
          .isEqualTo(
              "devpulse: index "
                  + index()
                  + " is in use by another devpulse process"
                  + System.lineSeparator());
      assertThat(second.out()).isEmpty();
      assertThat(millis).as("fails fast (rules compile included)").isLessThan(30_000);
    }
    assertThat(items()).isEqualTo(5);
  }

  @Test
  void withWaitTheSecondWriterRunsOnceTheFirstIsDone() throws Exception {
    IndexUpdate first = IndexUpdate.open(index());
    CompletableFuture<CliRun> second =
        CompletableFuture.supplyAsync(() -> importHour("--wait", "60s"));
    Thread.sleep(1_500);
    assertThat(second).isNotDone();
    first.close();

    CliRun run = second.get(60, TimeUnit.SECONDS);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("imported 5 items");
    assertThat(items()).isEqualTo(5);
  }

  @Test
  void withAShortWaitTheSecondWriterGivesUpWithTheSameMessage() {
    try (IndexUpdate first = IndexUpdate.open(index())) {
      long start = System.nanoTime();
      CliRun second = importHour("--wait", "1s");
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(second.exitCode()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(second.err()).contains("is in use by another devpulse process");
      assertThat(millis).isGreaterThanOrEqualTo(1_000);
    }
  }

  @Test
  void aWriterInAnotherProcessIsDetectedToo() throws Exception {
    assertThat(importHour().exitCode()).isZero();
    Path big = tmp.resolve("big.jsonl");
    ImportCrashSafetyTest.writeItems(big, 2_000, "other", Instant.parse("2025-12-20T00:00:00Z"));
    Path input = big.toRealPath();
    ChildJvm child =
        ChildJvm.start(
            tmp.resolve("child.log"),
            env(),
            "import",
            "--index",
            index().toString(),
            big.toString());
    try {
      // The child holds the index once it reads its input.
      child.killWhen(() -> child.readPosition(input) >= 0, 0);
    } finally {
      // killWhen killed it; nothing more to do
    }
    assertThat(items()).isEqualTo(5);

    ChildJvm holder =
        ChildJvm.start(
            tmp.resolve("holder.log"),
            env(),
            "import",
            "--index",
            index().toString(),
            big.toString());
    boolean[] ran = {false};
    holder.killWhen(
        () -> {
          if (holder.readPosition(input) < 0) {
            return false;
          }
          CliRun second = importHour();
          assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCode.USER_ERROR);
          assertThat(second.err()).contains("is in use by another devpulse process");
          ran[0] = true;
          return true;
        },
        0);
    assertThat(ran)
        .as("the second writer ran while the child held the index")
        .containsExactly(true);
    assertThat(items()).isEqualTo(5);
  }

  @Test
  void aReaderDuringAWriteSeesTheLastCommit() {
    assertThat(importHour().exitCode()).isZero();
    try (IndexUpdate writer = IndexUpdate.open(index())) {
      for (int n = 1; n <= 50; n++) {
        Item item =
            Item.builder(VLLM, n, ItemKind.ISSUE)
                .title("uncommitted " + n)
                .createdAt(Instant.parse("2025-12-10T00:00:00Z"))
                .updatedAt(Instant.parse("2025-12-10T00:00:00Z"))
                .build();
        writer.put(item, "{}", null);
      }
      assertThat(items()).isEqualTo(5);
      CliRun query =
          CliRun.withEnv(env(), "query", "--index", index().toString(), "--count-by", "kind");
      assertThat(query.exitCode()).as(query.err()).isZero();
      assertThat(query.out()).contains("pr", "4").doesNotContain("uncommitted");
      CliRun stats = CliRun.withEnv(env(), "stats", "--index", index().toString());
      assertThat(stats.exitCode()).as(stats.err()).isZero();
      assertThat(stats.out())
          .contains("documents")
          .containsPattern("(?m)^items +5 \\(")
          .contains("health", "not checked: another devpulse process is writing");

      writer.commit(Map.of());
      assertThat(items()).isEqualTo(55);
    }
  }
}
