package io.devpulse.app;

import static io.devpulse.app.TestApp.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.classify.Pack;
import io.devpulse.github.BadInputException;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.CommentDocs;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.ItemColumns;
import io.devpulse.rules.RuleRuntimeException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import classifies its arriving items on worker threads ({@code BatchClassification#offer}): it
 * stores the same, in the same document order, as one classifying on its own thread; a failure on a
 * worker fails the import as it would have on its own thread, and no worker outlives it.
 */
class ImportWorkersTest {
  @TempDir Path tmp;

  /** A fixed clock: the commit data of two imports (their time) equal too. */
  private static final Devpulse APP =
      new Devpulse(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));

  /**
   * 1,500 merged vLLM pull requests, in file order (by number, not creation: later items often
   * count in earlier ones' history), sharing authors and labels.
   */
  private Path pullRequests() throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(Path.of(fixture("vllm-merged-prs/issues.jsonl.gz")))),
                StandardCharsets.UTF_8))) {
      in.lines().limit(1500).forEach(lines::add);
    }
    return Files.write(tmp.resolve("prs.jsonl"), lines);
  }

  private static List<Path> attentionDay() {
    return List.of(
        Path.of(fixture("vllm-attention-day/issues.json")),
        Path.of(fixture("vllm-attention-day/comments.json")),
        Path.of(fixture("vllm-attention-day/reviews.json")),
        Path.of(fixture("vllm-attention-day/releases.json")));
  }

  private static ImportFiles.Result importFiles(
      Path index, List<Path> files, Pack pack, int workers) throws IOException {
    return new ImportFiles(APP)
        .run(new ImportFiles.Request(index, files, ReadOptions.defaults(), pack), workers);
  }

  /**
   * Every item in document order: its document, key, classification and term hits, then the
   * documents of its comments.
   */
  private static List<String> stored(Path index) {
    List<String> out = new ArrayList<>();
    try (HistoryIndex h = HistoryIndex.open(index)) {
      ItemColumns columns = h.itemColumns();
      HistoryIndex.ItemLoader loader = h.loader();
      CommentDocs comments = h.commentDocIndex();
      for (int i = 0; i < columns.size(); i++) {
        var summary = columns.summary(i);
        out.add(
            columns.doc(i)
                + " "
                + columns.key(i)
                + " "
                + loader.item(summary).classification()
                + " "
                + HexFormat.of().formatHex(loader.termHits(summary))
                + " "
                + Arrays.toString(comments.docs(columns.repository(i), columns.number(i))));
      }
      out.add(h.stats().toString());
    }
    return out;
  }

  private static List<String> importThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(n -> n.startsWith("devpulse-arrivals-") || n.equals("devpulse-read"))
        .toList();
  }

  @Test
  void storesTheSameInTheSameOrderWithAnyNumberOfWorkers() throws Exception {
    List<Path> files = new ArrayList<>(attentionDay());
    files.add(pullRequests());
    Path alone = tmp.resolve("alone");
    Path three = tmp.resolve("three");

    ImportFiles.Result byItself = importFiles(alone, files, TestPacks.BUILT_IN, 0);
    ImportFiles.Result withWorkers = importFiles(three, files, TestPacks.BUILT_IN, 3);

    assertThat(withWorkers).isEqualTo(byItself);
    assertThat(byItself.items()).isGreaterThan(1500);
    List<String> expected = stored(alone);
    assertThat(stored(three)).containsExactlyElementsOf(expected);
    // A second import of the same files into each: every item kept or replaced, still the same.
    assertThat(importFiles(three, files, TestPacks.BUILT_IN, 3))
        .isEqualTo(importFiles(alone, files, TestPacks.BUILT_IN, 0));
    assertThat(stored(three)).containsExactlyElementsOf(stored(alone));
    assertThat(importThreads()).isEmpty();
  }

  @Test
  void aRuleFailingOnAWorkerLeavesTheIndexAsItWasAndNoWorkerBehind() throws Exception {
    Path index = tmp.resolve("index");
    importFiles(
        index,
        List.of(Path.of(fixture("vllm-week-2025-12-12/issues.json"))),
        TestPacks.BUILT_IN,
        2);
    List<String> before = stored(index);
    Pack failing = TestPacks.failingOnTag(tmp.resolve("rules"), "docs");

    assertThatThrownBy(() -> importFiles(index, List.of(pullRequests()), failing, 2))
        .isInstanceOf(RuleRuntimeException.class)
        .hasMessageContaining("boom on docs");
    assertThat(stored(index)).containsExactlyElementsOf(before);
    assertThat(importThreads()).isEmpty();
  }

  @Test
  void aBadLineAfterItemsOnWorkersNamesItsFileAndLine() throws Exception {
    Path index = tmp.resolve("index");
    List<String> lines = new ArrayList<>(Files.readAllLines(pullRequests()).subList(0, 40));
    lines.add("{\"number\": 1,");
    Path bad = Files.write(tmp.resolve("bad.jsonl"), lines);

    assertThatThrownBy(() -> importFiles(index, List.of(bad), TestPacks.BUILT_IN, 2))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(bad + ":41:");
    assertThatThrownBy(() -> HistoryIndex.open(index)).hasMessageStartingWith("no index at");
    assertThat(importThreads()).isEmpty();
  }

  @Test
  void aFailingRuleBeforeABadLineFailsTheImportAsItWouldOnOneThread() throws Exception {
    Path index = tmp.resolve("index");
    List<String> lines = new ArrayList<>(Files.readAllLines(pullRequests()));
    lines.add("{\"number\": 1,");
    Path bad = Files.write(tmp.resolve("bad.jsonl"), lines);
    Pack failing = TestPacks.failingOnTag(tmp.resolve("rules"), "docs");

    // The same error with or without workers: the rule's, met on an item before the bad line.
    for (int workers : new int[] {0, 2}) {
      assertThatThrownBy(() -> importFiles(index, List.of(bad), failing, workers))
          .isInstanceOf(RuleRuntimeException.class)
          .hasMessageContaining("boom on docs");
    }
    assertThat(importThreads()).isEmpty();
  }
}
