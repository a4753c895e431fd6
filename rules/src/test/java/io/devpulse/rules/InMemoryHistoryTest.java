package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.rules.facts.AuthorHistory;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryHistoryTest {
  static Item item(int n, String login, String time, String... labels) {
    return Item.builder(Fixtures.VLLM, n, ItemKind.PULL_REQUEST)
        .author(Actor.user(login))
        .labels(java.util.List.of(labels))
        .createdAt(Instant.parse(time))
        .build();
  }

  final Item a1 = item(1, "Ann", "2025-01-01T00:00:00Z", "rocm");
  final Item a2 = item(2, "ann", "2025-02-01T00:00:00Z", "rocm");
  final Item a3 = item(3, "ann", "2025-03-01T00:00:00Z");
  final Map<Item, Set<String>> data =
      Map.of(a1, Set.of("amd-rocm"), a2, Set.of("amd-rocm", "docs"), a3, Set.of());

  @Test
  void chronologicalCountsOnlyEarlierItems() {
    AuthorHistory h = InMemoryHistory.of(data).author(a2).orElseThrow();

    assertThat(h.items()).isEqualTo(1);
    assertThat(h.count("amd-rocm")).isEqualTo(1);
    assertThat(InMemoryHistory.of(data).author(a1).orElseThrow().isFirstTime()).isTrue();
  }

  @Test
  void leaveOneOutCountsAllOtherItems() {
    AuthorHistory h = InMemoryHistory.leaveOneOut(data).author(a1).orElseThrow();

    assertThat(h.items()).isEqualTo(2);
    assertThat(h.topicCounts())
        .containsExactlyInAnyOrderEntriesOf(Map.of("amd-rocm", 1, "docs", 1));
    assertThat(h.evidence("amd-rocm")).isEqualTo("author: 1 of 2 earlier items amd-rocm");
    assertThat(InMemoryHistory.leaveOneOut(data).labels(a1))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.evidence("amd-rocm"))
                    .isEqualTo("label 'rocm': 1 of 1 earlier items amd-rocm"));
  }

  @Test
  void noneGivesNoFacts() {
    assertThat(History.NONE.author(a1)).isEmpty();
    assertThat(History.NONE.labels(a1)).isEmpty();
  }
}
