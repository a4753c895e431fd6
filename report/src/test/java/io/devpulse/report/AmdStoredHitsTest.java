package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.IndexedItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AMD/ROCm section reads the term hits classification stored, and names at most five. */
class AmdStoredHitsTest {
  @TempDir Path dir;

  private AmdSection amd() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      return ReportBuilder.build(
              index,
              ReportRequest.of(TestIndexes.VLLM, TestIndexes.HOUR_WINDOW),
              TestIndexes.CONTEXT)
          .amd();
    }
  }

  /** Puts item {@code number} again with {@code hits} as its stored term hits. */
  private void store(int number, byte[] hits) {
    IndexedItem stored;
    String json;
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      stored = index.item(TestIndexes.VLLM, number).orElseThrow();
      json = index.json(TestIndexes.VLLM, number).orElseThrow();
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(stored.item(), json, stored.classification(), hits);
      update.commit(Map.of());
    }
  }

  @Test
  void termsFoundInTheWindowComeFirstMostItemsFirstThenTheListsFirstEntries() {
    TestIndexes.importHour(dir);
    store(30387, BuiltInPhrasing.hits("amd-rocm", "body", "HIP", "crash", "title", "illegal"));
    store(30386, BuiltInPhrasing.hits("amd-rocm", "body", "ROCm", "amd-rocm", "body", "MI300"));
    store(30385, BuiltInPhrasing.hits("amd-rocm", "title", "rocm"));

    AmdSection amd = amd();

    assertThat(amd.termsShown()).containsExactly("ROCm", "HIP", "MI300", "AMD", "Quark");
    assertThat(amd.listSize()).isEqualTo(10);
    assertThat(amd.mentions())
        .extracting(m -> m.item().number(), AmdMention::keywords)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(30387, List.of("HIP")),
            org.assertj.core.groups.Tuple.tuple(30386, List.of("ROCm", "MI300")),
            org.assertj.core.groups.Tuple.tuple(30385, List.of("rocm")));
  }

  @Test
  void neverMoreThanFiveTermsHoweverManyWereFound() {
    assertThat(
            ReportBuilder.representativeTerms(
                Map.of("a", 1, "b", 3, "c", 2, "d", 1, "e", 1, "f", 5, "g", 1),
                Map.of("a", "A", "b", "B", "c", "C", "d", "D", "e", "E", "f", "F", "g", "G"),
                List.of("g", "e", "x")))
        .containsExactly("F", "B", "C", "G", "E");
    assertThat(ReportBuilder.representativeTerms(Map.of(), Map.of(), List.of("x", "y")))
        .containsExactly("x", "y");
  }
}
