package io.devpulse.benchmarks.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devpulse.app.Devpulse;
import io.devpulse.app.ImportFiles;
import io.devpulse.classify.Pack;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCorpusTest {
  static final int ITEMS = 10_000;

  @TempDir static Path tmp;
  static ScaleCorpus.Stats stats;
  static Map<String, Double> measured;
  static final Distributions STATED = Distributions.stated();

  @BeforeAll
  static void generate() throws IOException {
    stats = new ScaleCorpus(STATED).write(tmp.resolve("10k"), ITEMS, 1);
    measured = CorpusProfile.of(tmp.resolve("10k"), STATED);
  }

  @Test
  void theMeasuredPartOfTheStatementIsWhatTheRealDataSays() {
    Map<String, Double> real = DeriveDistributions.measured();
    Map<String, Double> stated = STATED.numbers();
    for (Map.Entry<String, Double> e : real.entrySet()) {
      assertThat(stated).as("stated " + e.getKey()).containsKey(e.getKey());
      assertThat(stated.get(e.getKey())).as(e.getKey()).isCloseTo(e.getValue(), within(0.0006));
    }
    List<String> measuredKeys = new ArrayList<>();
    for (String k : stated.keySet()) {
      if (k.startsWith("pr.body.") || k.startsWith("issue.") || k.startsWith("authors.")) {
        measuredKeys.add(k);
      }
    }
    measuredKeys.removeIf(k -> k.startsWith("authors.zipf.") || k.equals("authors.pool.per.item"));
    assertThat(real.keySet())
        .as("no stated measure without its derivation")
        .containsAll(measuredKeys);
  }

  @Test
  void bodiesFollowTheRealDistributions() {
    for (String kind : List.of("pr", "issue")) {
      for (String share : List.of("empty", "code", "collect_env", "heading", "links.any")) {
        assertShare(kind + ".body." + share);
      }
      for (String q : List.of("p10", "p25", "p50", "p75", "p90")) {
        assertRelative(kind + ".body.length." + q, 0.15);
      }
      assertRelative(kind + ".body.links.mean", 0.15);
    }
  }

  @Test
  void labelsFollowTheStatedShares() {
    STATED.numbers().keySet().stream()
        .filter(k -> k.startsWith("issue.label.") || k.startsWith("pr.label."))
        .forEach(this::assertShare);
  }

  /**
   * The vLLM repository of a 10k corpus has ~4,000 items, not the 7,080 the authors were measured
   * on, and the pool scales with the items: the concentration figures agree within 20%.
   */
  @Test
  void authorsAreLongTailedAsVllmsAre() {
    for (String k :
        List.of(
            "authors.distinct.per.item",
            "authors.singleton.share",
            "authors.top1.share",
            "authors.top10.share")) {
      assertRelative(k, 0.20);
    }
  }

  @Test
  void repositoriesKindsStatesAndDiscussionsFollowTheStatedShares() {
    STATED
        .repositories()
        .forEach(
            (repo, share) ->
                assertThat(measured.get("corpus.share." + repo))
                    .as(repo)
                    .isCloseTo(share, within(0.02)));
    assertShare("corpus.pr.share");
    for (String state : List.of("state.pr.merged", "state.pr.closed", "state.issue.closed")) {
      assertThat(measured.get(state))
          .as(state + " against its expectation at the items' ages")
          .isCloseTo(measured.get(state + ".expected"), within(0.03));
    }
    for (String k :
        List.of(
            "comments.per.pr",
            "comments.per.issue",
            "comments.bot.share.pr",
            "comments.bot.share.issue",
            "reviews.per.pr",
            "reviews.approved",
            "reviews.changes_requested")) {
      assertRelative(k, 0.10);
    }
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
    ScaleCorpus corpus = new ScaleCorpus(STATED);
    corpus.write(tmp.resolve("a"), 500, 7);
    corpus.write(tmp.resolve("b"), 500, 7);
    corpus.write(tmp.resolve("c"), 500, 8);
    for (String f : List.of("items.jsonl", "comments.jsonl", "reviews.jsonl")) {
      assertThat(Files.readAllBytes(tmp.resolve("a").resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f)));
    }
    assertThat(Files.readAllBytes(tmp.resolve("a/items.jsonl")))
        .isNotEqualTo(Files.readAllBytes(tmp.resolve("c/items.jsonl")));
  }

  @Test
  void bodiesAreVaried() throws IOException {
    long distinct;
    try (var lines = Files.lines(tmp.resolve("10k/items.jsonl"))) {
      distinct = lines.map(l -> l.substring(l.indexOf("\"body\""))).distinct().count();
    }
    // 410 real bodies recombined: nearly every item's body differs from every other's.
    assertThat(distinct).isGreaterThan(ITEMS * 8 / 10);
  }

  /** Imports the 10k corpus (classification included): about half a minute. */
  @Test
  @Tag("slow")
  void devpulseImportReadsEveryRecordOfTheCorpus() throws IOException {
    Path dir = tmp.resolve("10k");
    Path index = tmp.resolve("index");
    ImportFiles.Result r =
        new ImportFiles(Devpulse.standard())
            .run(
                new ImportFiles.Request(
                    index,
                    List.of(
                        dir.resolve("items.jsonl"),
                        dir.resolve("comments.jsonl"),
                        dir.resolve("reviews.jsonl")),
                    ReadOptions.defaults(),
                    Pack.builtIn()));
    assertThat(r.skipped()).isZero();
    assertThat(r.added()).isEqualTo(ITEMS);
    assertThat(r.comments()).isEqualTo(stats.comments());
    assertThat(r.reviews()).isEqualTo(stats.reviews());
    try (HistoryIndex h = HistoryIndex.open(index)) {
      assertThat(h.stats().items()).isEqualTo(ITEMS);
    }
  }

  private void assertShare(String key) {
    double stated = STATED.number(key);
    assertThat(measured).as("measured " + key).containsKey(key);
    assertThat(measured.get(key)).as(key).isCloseTo(stated, within(Math.max(0.03, 0.15 * stated)));
  }

  private void assertRelative(String key, double tolerance) {
    double stated = STATED.number(key);
    assertThat(measured).as("measured " + key).containsKey(key);
    assertThat(measured.get(key)).as(key).isCloseTo(stated, within(tolerance * stated));
  }
}
