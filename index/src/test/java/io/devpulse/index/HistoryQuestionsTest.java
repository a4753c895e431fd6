package io.devpulse.index;

import static io.devpulse.index.TestData.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.devpulse.model.Actor;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history questions the rules ask: an author's and a label's earlier items, and stale items.
 */
class HistoryQuestionsTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Repository OTHER = Repository.parse("acme/widgets");

  @TempDir Path dir;

  private static Item pr(
      Repository repo, int number, String author, String created, String... labels) {
    return Item.builder(repo, number, ItemKind.PULL_REQUEST)
        .author(Actor.user(author))
        .labels(List.of(labels))
        .createdAt(t(created))
        .build();
  }

  private static Classification topics(String fingerprint, String... topics) {
    return new Classification(List.of(topics), Priority.NORMAL, List.of(), fingerprint);
  }

  @BeforeEach
  void fill() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(
          pr(VLLM, 1, "Amd-Dev", "2025-11-01T00:00:00Z", "rocm"), "{}", topics("v1", "amd-rocm"));
      update.put(
          pr(VLLM, 2, "amd-dev", "2025-11-02T00:00:00Z", "rocm"),
          "{}",
          topics("v1", "amd-rocm", "kernel"));
      update.put(pr(VLLM, 3, "amd-dev", "2025-11-03T00:00:00Z"), "{}", topics("v2", "docs"));
      update.put(pr(VLLM, 4, "amd-dev", "2025-12-01T00:00:00Z", "rocm"), "{}", null);
      update.put(
          pr(OTHER, 5, "amd-dev", "2025-10-01T00:00:00Z", "rocm"), "{}", topics("v2", "amd-rocm"));
      update.commit(Map.of());
    }
  }

  @Test
  void earlierItemsOfAnAuthorInTheSameRepositoryIgnoringCase() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      TopicCounts counts = index.earlierItemsBy(VLLM, "AMD-DEV", t("2025-11-03T00:00:00Z"));

      assertThat(counts.items()).isEqualTo(2);
      assertThat(counts.topics()).containsOnly(entry("amd-rocm", 2L), entry("kernel", 1L));
    }
  }

  @Test
  void earlierItemsWithALabel() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      TopicCounts counts = index.earlierItemsLabelled(VLLM, "ROCm", t("2026-01-01T00:00:00Z"));

      assertThat(counts.items()).isEqualTo(3);
      assertThat(counts.topics()).containsEntry("amd-rocm", 2L);
    }
  }

  @Test
  void existsOnlyAfterACommit(@TempDir Path empty) {
    assertThat(HistoryIndex.exists(dir)).isTrue();
    assertThat(HistoryIndex.exists(empty)).isFalse();
    assertThat(HistoryIndex.exists(empty.resolve("missing"))).isFalse();
  }

  @Test
  void firstItemHasNoHistory() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.earlierItemsBy(VLLM, "newcomer", t("2026-01-01T00:00:00Z")))
          .isEqualTo(new TopicCounts(0, Map.of()));
    }
  }

  @Test
  void itemsNotClassifiedByAFingerprintIncludeUnclassifiedOnes() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.countItemsNotClassifiedBy("v1")).isEqualTo(3);
      assertThat(index.countItemsNotClassifiedBy("v2")).isEqualTo(3);
      assertThat(index.countItemsNotClassifiedBy("v3")).isEqualTo(5);
    }
  }
}
