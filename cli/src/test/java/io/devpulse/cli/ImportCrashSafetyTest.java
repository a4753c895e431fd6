package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devpulse.app.FakeGithub;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexHealth;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devpulse import} killed with SIGKILL ({@code destroyForcibly}) at random moments, in a
 * child JVM: after every kill the index opens, passes Lucene's CheckIndex, and holds exactly the
 * previous commit or exactly the whole import, never part of it; the next run (itself killed, until
 * the last) converges to exactly the full data. Kill points come from a fixed seed and are printed.
 *
 * <p>Default: {@value #DEFAULT_KILLS} kills of an import of {@value #DEFAULT_ITEMS} items over a
 * previous import of {@value #BASE_ITEMS} older copies; more with {@code -Ddevpulse.crash.kills=50
 * -Ddevpulse.crash.items=20000}.
 */
@Tag("slow")
class ImportCrashSafetyTest {
  static final int DEFAULT_KILLS = 6;
  static final int DEFAULT_ITEMS = 1_000;
  static final int BASE_ITEMS = 200;
  static final long SEED = 20251210L;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  @SuppressWarnings("unchecked")
  void killedImportsLeaveTheLastCommitAndARerunConvergesToTheFullData() throws Exception {
    int kills = Integer.getInteger("devpulse.crash.kills", DEFAULT_KILLS);
    int items = Integer.getInteger("devpulse.crash.items", DEFAULT_ITEMS);
    Path base = tmp.resolve("base.jsonl");
    Map<Integer, String> baseState =
        writeItems(base, BASE_ITEMS, "old", Instant.parse("2025-12-01T00:00:00Z"));
    Path index = tmp.resolve("index");
    Map<String, String> env =
        Map.of(
            "DEVPULSE_HOME",
            tmp.resolve("home").toString(),
            "PATH",
            System.getenv().getOrDefault("PATH", "/usr/bin"));

    CliRun first = CliRun.withEnv(env, "import", "--index", index.toString(), base.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(state(index)).isEqualTo(baseState);

    // Kill points: a fraction of the input read (the child's file offset, from /proc), or — for
    // fractions past 1 — up to 300 ms after the input was read to its end, while the import
    // commits.
    Random random = new Random(SEED);
    int killed = 0;
    int keptPrevious = 0;
    int landedWhole = 0;
    // Each attempt imports a new version of every item (newer update, other title), so whatever the
    // previous attempt left, a partial commit of this one would show.
    Map<Integer, String> previous = baseState;
    Path full = null;
    Map<Integer, String> fullState = null;
    for (int k = 1; k <= kills; k++) {
      full = tmp.resolve("v" + k + ".jsonl");
      fullState =
          writeItems(
              full, items, "v" + k, Instant.parse("2025-12-10T00:00:00Z").plusSeconds(86_400L * k));
      Path input = full.toRealPath();
      long size = java.nio.file.Files.size(input);
      double fraction = random.nextDouble() * 1.25;
      long extra = fraction < 1 ? 0 : random.nextInt(300);
      ChildJvm child =
          ChildJvm.start(
              tmp.resolve("kill-" + k + ".log"),
              env,
              "import",
              "--index",
              index.toString(),
              full.toString());
      boolean[] opened = {false};
      boolean wasKilled =
          child.killWhen(
              () -> {
                long pos = child.readPosition(input);
                opened[0] |= pos >= 0;
                return fraction < 1 ? pos >= (long) (fraction * size) : opened[0] && pos < 0;
              },
              extra);
      Map<String, Object> outcome = check(index, previous, fullState);
      System.out.printf(
          "ImportCrashSafetyTest: kill %d/%d at %s after %d ms: %s; index %s%n",
          k,
          kills,
          fraction < 1
              ? String.format("%.0f%% of the input read", 100 * fraction)
              : "end of input + " + extra + " ms (committing)",
          child.elapsedMillis(),
          wasKilled ? "killed" : "finished first (exit " + child.exitValue() + ")",
          outcome.get("what"));
      if (wasKilled) {
        killed++;
      } else {
        assertThat(child.exitValue()).as(child.logText()).isZero();
      }
      if (outcome.get("state") == previous) {
        keptPrevious++;
      } else {
        landedWhole++;
      }
      previous = (Map<Integer, String>) outcome.get("state");
    }

    // The rerun (in-process, to save a JVM start) completes the import over what the last kill
    // left.
    CliRun rerun = CliRun.withEnv(env, "import", "--index", index.toString(), full.toString());
    assertThat(rerun.exitCode()).as(rerun.err()).isZero();
    assertThat(state(index)).isEqualTo(fullState);
    assertThat(IndexHealth.check(index).state()).isEqualTo(IndexHealth.State.OK);
    System.out.printf(
        "ImportCrashSafetyTest: %d kills (%d mid-run), index kept the previous commit %d times,"
            + " held the whole import %d times, partial imports 0; rerun converged to all %d items; data lost 0%n",
        kills, killed, keptPrevious, landedWhole, items);
    assertThat(killed).as("kills that landed while the import ran").isPositive();
  }

  /** The index after a kill: healthy, and exactly one of the two states. */
  private static Map<String, Object> check(
      Path index, Map<Integer, String> before, Map<Integer, String> after) {
    assertThat(IndexHealth.check(index).state()).isEqualTo(IndexHealth.State.OK);
    Map<Integer, String> now = state(index);
    assertThat(now)
        .as("the index holds the previous commit or the whole import")
        .isIn(before, after);
    boolean isBefore = now.equals(before);
    return Map.of(
        "state",
        isBefore ? before : after,
        "what",
        isBefore
            ? "holds the previous commit (" + before.size() + " items)"
            : "holds the whole new import (" + after.size() + " items)");
  }

  /** Item number -> "title @ updated" of every item in the index. */
  static Map<Integer, String> state(Path index) {
    Map<Integer, String> state = new TreeMap<>();
    try (HistoryIndex history = HistoryIndex.open(index)) {
      history.forEachItem(
          i -> state.put(i.item().number(), i.item().title() + " @ " + i.item().updatedAt()));
    }
    return state;
  }

  /**
   * Writes {@code count} issues and pull requests shaped like the hour fixture; returns what they
   * index to.
   */
  static Map<Integer, String> writeItems(Path file, int count, String label, Instant updated)
      throws IOException {
    List<JsonNode> templates = FakeGithub.fixture("issues.json");
    Map<Integer, String> expected = new TreeMap<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 1; n <= count; n++) {
        ObjectNode item = templates.get(n % templates.size()).deepCopy();
        String title = label + " " + item.get("title").asText() + " " + n;
        Instant at = updated.plusSeconds(n);
        item.put("number", n).put("id", n).put("title", title).put("updated_at", at.toString());
        item.put("url", "https://api.github.com/repos/vllm-project/vllm/issues/" + n);
        item.put("html_url", "https://github.com/vllm-project/vllm/issues/" + n);
        if (item.has("pull_request")) {
          ((ObjectNode) item.get("pull_request"))
              .put("url", "https://api.github.com/repos/vllm-project/vllm/pulls/" + n)
              .put("html_url", "https://github.com/vllm-project/vllm/pull/" + n);
        }
        out.write(JSON.writeValueAsString(item));
        out.write('\n');
        expected.put(n, title + " @ " + at);
      }
    }
    return expected;
  }
}
