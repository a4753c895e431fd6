package io.devpulse.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.classify.HistoryFacts;
import io.devpulse.index.ItemSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoryNamesTest {
  private static ItemSummary item(String author, List<String> labels) {
    return new ItemSummary(0, "a/b#1", "a/b", 1, 0L, author, labels, List.of(), null, List.of());
  }

  @Test
  void factsFromCountsAndCountsFromFactsAreOneAnother() {
    HistoryNames names = new HistoryNames();
    ItemSummary s = item("Alice", List.of("gpu", "rocm"));
    int[] keys = names.keys(s, s.labels());
    RunningCounts counts = new RunningCounts(names);
    counts.add(
        names.keys(item("alice", List.of("rocm")), List.of("rocm")),
        names.topics(List.of("amd-rocm")));
    counts.add(
        names.keys(item("ALICE", List.of()), List.of()), names.topics(List.of("docs", "amd-rocm")));

    int[][] raw = counts.snapshot(keys);
    HistoryFacts facts = names.facts(s, s.labels(), raw);

    assertThat(facts.author().items()).isEqualTo(2);
    assertThat(facts.author().topicCounts()).isEqualTo(Map.of("amd-rocm", 2, "docs", 1));
    assertThat(facts.labels())
        .extracting(l -> l.label() + "=" + l.items())
        .containsExactly("rocm=1");
    assertThat(counts.matches(keys, names.raw(facts, s.labels()))).isTrue();
  }

  @Test
  void countsDifferingInOneTopicDoNotMatch() {
    HistoryNames names = new HistoryNames();
    ItemSummary s = item("bob", List.of());
    int[] keys = names.keys(s, s.labels());
    RunningCounts counts = new RunningCounts(names);
    counts.add(keys, names.topics(List.of("docs")));
    int[][] before = counts.snapshot(keys);

    counts.add(keys, names.topics(List.of()));

    assertThat(counts.matches(keys, before)).isFalse();
    assertThat(counts.matches(keys, counts.snapshot(keys))).isTrue();
    assertThat(counts.matches(keys, null)).isFalse();
  }
}
