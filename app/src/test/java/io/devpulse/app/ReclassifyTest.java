package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.rules.RuleRuntimeException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReclassifyTest {
  @TempDir Path tmp;

  private final Reclassify reclassify =
      new Reclassify(
          new Devpulse(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));

  private long reclassify(Path index, Pack pack, boolean all) {
    return reclassify.run(new Reclassify.Request(index, pack, all)).items();
  }

  private Path imported() {
    Path index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-week-2025-12-12/issues.json");
    return index;
  }

  private static List<IndexedItem> items(Path index) {
    List<IndexedItem> out = new ArrayList<>();
    try (HistoryIndex history = HistoryIndex.open(index)) {
      history.forEachItem(out::add);
    }
    return out;
  }

  @Test
  void onlyItemsOfOtherRuleSetsUnlessAll() {
    Path index = imported();

    assertThat(reclassify(index, TestPacks.BUILT_IN, false)).isZero();
    assertThat(reclassify(index, TestPacks.BUILT_IN, true)).isEqualTo(222);
    // The import saw an empty index; now every item has the others as history. Once more changes
    // nothing.
    List<IndexedItem> once = items(index);
    reclassify(index, TestPacks.BUILT_IN, true);
    assertThat(items(index)).containsExactlyInAnyOrderElementsOf(once);
    assertThat(once).extracting(i -> i.item().number()).hasSize(222);
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.stats().commitData())
          .containsEntry("lastClassify", "2026-01-01T00:00:00Z");
    }
  }

  @Test
  void aRuleThatFailsHalfWayLeavesEveryItemAsItWas() throws Exception {
    Path index = imported();
    List<IndexedItem> before = items(index);
    Pack failing = TestPacks.failingOnTag(tmp.resolve("rules"), "rocm");

    assertThatThrownBy(() -> reclassify(index, failing, true))
        .isInstanceOf(RuleRuntimeException.class)
        .hasMessageContaining("boom on rocm");
    assertThat(items(index)).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void aTermListEditRunsTheRulesOnlyOnTheItemsItTouchesAndStoresWhatRunningThemOnAllStores()
      throws Exception {
    Path index = imported();
    Path copy = tmp.resolve("copy");
    try (var files = java.nio.file.Files.walk(index)) {
      for (Path f : files.toList()) {
        java.nio.file.Files.copy(f, copy.resolve(index.relativize(f).toString()));
      }
    }
    Path dir = tmp.resolve("edited");
    io.devpulse.rules.RulePacks.writeBuiltIn(dir, true);
    java.nio.file.Files.writeString(
        dir.resolve("terms/topics/performance.txt"),
        "word: fused\n",
        java.nio.file.StandardOpenOption.APPEND);
    Pack edited = Pack.load(dir);

    Reclassify.Result fast = reclassify.run(new Reclassify.Request(index, edited, false));
    Reclassify.Result full = reclassify.run(new Reclassify.Request(copy, edited, true));

    // Items, each once, though some ran again when an earlier item's topics changed (issue #24:
    // runs were
    // reported as items, "classified 193,505 items" on a 100,000-item index).
    assertThat(full.items()).isEqualTo(222);
    assertThat(fast.items()).isPositive().isLessThan(50);
    assertThat(fast.changed()).isEqualTo(full.changed()).isPositive();
    assertThat(items(index)).containsExactlyInAnyOrderElementsOf(items(copy));
  }

  /**
   * Each edit of a term list, one after another, as a term edit (only the items it touches run) and
   * as a full reclassification of a copy: the same stored classifications, and the term edit's
   * stored hits are those of the edited lists (running every item again matches no text). The edits
   * are the kinds a term edit must tell apart without reading what it decides is untouched.
   */
  @Test
  void everyKindOfTermListEditStoresWhatAFullReclassificationStores() throws Exception {
    Path index = imported();
    Path copy = tmp.resolve("copy");
    Path dir = tmp.resolve("edited");
    io.devpulse.rules.RulePacks.writeBuiltIn(dir, true);
    Path perf = dir.resolve("terms/topics/performance.txt");
    String original = java.nio.file.Files.readString(perf);
    assertThat(original).contains("word: latency, latencies,");
    reclassify.run(new Reclassify.Request(index, Pack.load(dir), false));
    List<String> edits =
        List.of(
            original + "# a comment only: no entry changes\n",
            original + "word: fused\n", // one word
            original + "word: fused\nphrase: cuda graph, hot path fix\n", // multi-word entries
            // a regex and a phrase whose words other entries match alone
            original + "word: fused\nregex: fuse\\w*\nphrase: moe config tuning\n",
            original.replace("word: latency, latencies,", "word:"), // entries removed
            original.replace("word: latency, latencies,", "word:") + "word: LATENCY, Kernel\n",
            original + "label: bug, documentation\npath: vllm/model_executor/, tests/\n",
            original + "tag: bugfix, core, v1\n", // title tags
            "label: performance\n" + original, // the same entries in another order
            original); // back
    for (String edit : edits) {
      java.nio.file.Files.writeString(perf, edit);
      Pack edited = Pack.load(dir);
      copyIndex(index, copy);

      Reclassify.Result fast = reclassify.run(new Reclassify.Request(index, edited, false));
      Reclassify.Result full = reclassify.run(new Reclassify.Request(copy, edited, true));

      assertThat(items(index)).as(edit).containsExactlyInAnyOrderElementsOf(items(copy));
      assertThat(fast.changed()).as(edit).isEqualTo(full.changed());
      Reclassify.Result again = reclassify.run(new Reclassify.Request(index, edited, true));
      assertThat(again.textsMatched()).as(edit).isZero();
      assertThat(again.changed()).as(edit).isZero();
    }
  }

  private static void copyIndex(Path from, Path to) throws java.io.IOException {
    if (java.nio.file.Files.exists(to)) {
      try (var files = java.nio.file.Files.walk(to)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(f);
        }
      }
    }
    try (var files = java.nio.file.Files.walk(from)) {
      for (Path f : files.toList()) {
        java.nio.file.Files.copy(f, to.resolve(from.relativize(f).toString()));
      }
    }
  }

  @Test
  void aRuleEditReusesTheTermHitsStoredAtImportAndATermEditRestampsWhatItDoesNotTouch()
      throws Exception {
    Path index = imported();
    Path dir = tmp.resolve("edited");
    io.devpulse.rules.RulePacks.writeBuiltIn(dir, true);
    java.nio.file.Files.writeString(
        dir.resolve("priority.drl"),
        "\n// a comment: a new rule base\n",
        java.nio.file.StandardOpenOption.APPEND);

    Reclassify.Result drlEdit =
        reclassify.run(new Reclassify.Request(index, Pack.load(dir), false));

    assertThat(drlEdit.items()).isEqualTo(222);
    assertThat(drlEdit.textsMatched()).isZero();
    assertThat(drlEdit.changed()).isZero();

    java.nio.file.Files.writeString(
        dir.resolve("terms/topics/performance.txt"),
        "word: fused\n",
        java.nio.file.StandardOpenOption.APPEND);
    Pack termsEdited = Pack.load(dir);
    Reclassify.Result termEdit = reclassify.run(new Reclassify.Request(index, termsEdited, false));
    Reclassify.Result all = reclassify.run(new Reclassify.Request(index, termsEdited, true));

    assertThat(termEdit.textsMatched()).isPositive().isLessThan(50); // the touched items only
    assertThat(all.items()).isEqualTo(222);
    assertThat(all.textsMatched()).isZero(); // the others' hits were stamped for the new lists
    assertThat(all.changed()).isZero();
  }

  @Test
  void anIndexWrittenBeforeItemsHadTermHitsGetsThemWithoutChangingAnything() {
    Path imported = imported();
    Path old = tmp.resolve("old");
    // As an earlier devpulse wrote it: the same items and classifications, no term hits.
    try (HistoryIndex from = HistoryIndex.open(imported);
        io.devpulse.index.IndexUpdate to = io.devpulse.index.IndexUpdate.open(old)) {
      from.forEachItemWithJson((item, json) -> to.put(item.item(), json, item.classification()));
      to.commit(java.util.Map.of());
    }
    List<IndexedItem> before = items(old);

    Reclassify.Result first = reclassify.run(new Reclassify.Request(old, TestPacks.BUILT_IN, true));
    Reclassify.Result second =
        reclassify.run(new Reclassify.Request(old, TestPacks.BUILT_IN, true));

    assertThat(first.changed()).isZero();
    assertThat(first.textsMatched()).isEqualTo(222);
    assertThat(second.textsMatched()).isZero();
    assertThat(items(old)).containsExactlyInAnyOrderElementsOf(before);
  }
}
