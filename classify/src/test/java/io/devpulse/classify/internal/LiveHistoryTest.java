package io.devpulse.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.classify.HistoryFacts;
import io.devpulse.index.ItemSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveHistoryTest {
  private static final String VLLM = "vllm-project/vllm";

  private static long t(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  private static ItemSummary item(
      int number,
      String author,
      String created,
      List<String> labels,
      List<String> topics,
      List<String> inferred) {
    return new ItemSummary(
        number,
        VLLM + "#" + number,
        VLLM,
        number,
        t(created),
        author,
        labels,
        topics,
        "fp",
        inferred);
  }

  private static final List<ItemSummary> STORED =
      List.of(
          item(
              1,
              "HollowMan6",
              "2025-03-01T00:00:00Z",
              List.of("rocm"),
              List.of("amd-rocm"),
              List.of()),
          item(
              2,
              "hollowman6",
              "2025-06-01T00:00:00Z",
              List.of("documentation"),
              List.of("docs", "amd-rocm"),
              List.of("amd-rocm")),
          item(
              3,
              "other",
              "2025-06-01T00:00:00Z",
              List.of("documentation", "rocm"),
              List.of("docs"),
              List.of()),
          item(4, "HollowMan6", "2026-01-01T00:00:00Z", List.of(), List.of(), List.of()));

  @Test
  void anAuthorsEarlierItemsCountWithTheirOwnTopicsIgnoringCase() {
    HistoryFacts f =
        LiveHistory.of(STORED).facts(VLLM, "HOLLOWMAN6", List.of(), t("2025-12-01T00:00:00Z"));

    assertThat(f.author().items()).isEqualTo(2);
    // Item 2's amd-rocm came from a history rule alone: history does not count it again.
    assertThat(f.author().topicCounts()).isEqualTo(Map.of("amd-rocm", 1, "docs", 1));
  }

  @Test
  void onlyItemsCreatedStrictlyBeforeCount() {
    LiveHistory h = LiveHistory.of(STORED);

    assertThat(
            h.facts(VLLM, "HollowMan6", List.of(), t("2025-03-01T00:00:00Z"))
                .author()
                .isFirstTime())
        .isTrue();
    assertThat(h.facts(VLLM, "HollowMan6", List.of(), t("2025-06-01T00:00:00Z")).author().items())
        .isEqualTo(1);
  }

  @Test
  void labelsWithoutEarlierItemsGiveNoFactAndTheOthersComeSorted() {
    HistoryFacts f =
        LiveHistory.of(STORED)
            .facts(
                VLLM,
                "x",
                List.of("rocm", "never-used", "Documentation"),
                t("2026-02-01T00:00:00Z"));

    assertThat(f.labels())
        .extracting(l -> l.label() + "=" + l.items())
        .containsExactly("Documentation=2", "rocm=2");
  }

  @Test
  void itemsAddedOutOfOrderAnswerAsIfAddedInOrder() {
    LiveHistory inOrder = LiveHistory.of(STORED);
    LiveHistory shuffled = LiveHistory.of(List.of());
    for (ItemSummary s : List.of(STORED.get(3), STORED.get(1), STORED.get(0), STORED.get(2))) {
      shuffled.add(s.repository(), s.author(), s.labels(), s.created(), s.ownTopics());
    }

    for (String at :
        List.of("2025-01-01T00:00:00Z", "2025-06-01T00:00:00Z", "2027-01-01T00:00:00Z")) {
      assertThat(shuffled.facts(VLLM, "hollowman6", List.of("rocm", "documentation"), t(at)))
          .isEqualTo(inOrder.facts(VLLM, "hollowman6", List.of("rocm", "documentation"), t(at)));
    }
  }

  @Test
  void anotherRepositorysItemsAreNotHistory() {
    assertThat(
            LiveHistory.of(STORED)
                .facts("acme/widgets", "HollowMan6", List.of("rocm"), t("2027-01-01T00:00:00Z")))
        .satisfies(
            f -> {
              assertThat(f.author().isFirstTime()).isTrue();
              assertThat(f.labels()).isEmpty();
            });
  }

  @Test
  void manyItemsInAnyOrderCountAsARunningSweepInCreationOrderDoes() {
    // Past one block of the timeline's stored prefixes, merged several times: the live answers are
    // the counts a creation-order sweep (RunningCounts) holds at each item.
    java.util.Random random = new java.util.Random(7);
    List<String> topics = List.of("docs", "amd-rocm", "performance");
    List<ItemSummary> items = new java.util.ArrayList<>();
    for (int n = 0; n < 700; n++) {
      List<String> own =
          random.nextInt(3) == 0 ? List.of() : List.of(topics.get(random.nextInt(3)));
      String author = random.nextBoolean() ? "alice" : "bob";
      List<String> labels = random.nextBoolean() ? List.of("rocm") : List.of();
      items.add(
          new ItemSummary(
              n,
              VLLM + "#" + n,
              VLLM,
              n,
              1_000_000L + random.nextInt(400) * 1000L,
              author,
              labels,
              own,
              "fp",
              List.of()));
    }
    HistoryNames names = new HistoryNames();
    LiveHistory live = LiveHistory.empty(names);
    List<ItemSummary> shuffled = new java.util.ArrayList<>(items);
    java.util.Collections.shuffle(shuffled, random);
    shuffled.forEach(
        s -> live.add(s.repository(), s.author(), s.labels(), s.created(), s.ownTopics()));

    List<ItemSummary> inOrder = new java.util.ArrayList<>(items);
    inOrder.sort(java.util.Comparator.comparingLong(ItemSummary::created));
    RunningCounts sweep = new RunningCounts(names);
    int i = 0;
    while (i < inOrder.size()) {
      int j = i;
      while (j < inOrder.size() && inOrder.get(j).created() == inOrder.get(i).created()) {
        ItemSummary s = inOrder.get(j++);
        int[] keys = names.keys(s, s.labels());
        int[][] raw = live.raw(VLLM, s.author(), s.labels(), s.created());
        assertThat(sweep.matches(keys, raw)).as("item %s", s.key()).isTrue();
        assertThat(sweep.matchesPacked(keys, RunningCounts.pack(raw))).isTrue();
      }
      for (int k = i; k < j; k++) {
        ItemSummary s = inOrder.get(k);
        sweep.add(names.keys(s, s.labels()), names.topics(s.ownTopics()));
      }
      i = j;
    }
  }
}
