package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.Reclassify;
import io.devpulse.app.TestApp;
import io.devpulse.app.TestRules;
import io.devpulse.classify.IndexHistory;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import io.devpulse.rules.History;
import io.devpulse.rules.facts.AuthorHistory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexHistoryTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");

  @TempDir Path tmp;

  private static Item pr(String author, String created, String... labels) {
    return Item.builder(VLLM, 99999, ItemKind.PULL_REQUEST).author(Actor.user(author))
        .labels(List.of(labels)).createdAt(Instant.parse(created)).build();
  }

  @Test
  void authorsEarlierItemsWithTheirStoredTopics() {
    Path index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-merged-prs/issues.jsonl.gz");

    try (HistoryIndex history = HistoryIndex.open(index)) {
      AuthorHistory a = new IndexHistory(history).author(pr("HollowMan6", "2026-06-01T00:00:00Z"))
          .orElseThrow();
      AuthorHistory none = new IndexHistory(history).author(pr("HollowMan6", "2025-01-01T00:00:00Z"))
          .orElseThrow();

      assertThat(a.items()).isPositive();
      assertThat(a.count("amd-rocm")).isPositive();
      assertThat(none.isFirstTime()).isTrue();
    }
  }

  @Test
  void labelsWithoutEarlierItemsGiveNoFact() {
    Path index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-2025-12-10-hour/issues.json");

    try (HistoryIndex history = HistoryIndex.open(index)) {
      History h = IndexHistory.of(history);

      assertThat(h.labels(pr("x", "2026-01-01T00:00:00Z", "documentation", "never-used")))
          .singleElement().satisfies(l -> assertThat(l.items()).isEqualTo(2));
    }
  }

  @Test
  void noIndexMeansNoHistory() {
    assertThat(IndexHistory.of(null)).isSameAs(History.NONE);
  }
}
