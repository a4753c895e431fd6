package io.devpulse.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunningCountsTest {
  private static final String VLLM = "vllm-project/vllm";

  private static long t(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  /**
   * What {@code BatchClassification} counts for an item whose earlier-created blocker is not put
   * yet: the counts before plus the blocker's topics under the keys they share equal the counts
   * once it is put.
   */
  @Test
  void plusCountsAnItemAsAddingItToTheHistoryDoes() {
    HistoryNames names = new HistoryNames();
    LiveHistory live = LiveHistory.empty(names);
    live.add(VLLM, "alice", List.of("rocm"), t("2025-03-01T00:00:00Z"), List.of("amd-rocm"));
    live.add(VLLM, "bob", List.of("rocm", "bug"), t("2025-03-02T00:00:00Z"), List.of());
    List<String> labels = List.of("bug", "rocm");
    long created = t("2025-03-05T00:00:00Z");
    int[][] before = live.raw(VLLM, "alice", labels, created);

    // The blocker: by alice, labelled rocm (not bug), created before; a topic never seen before.
    List<String> topics = List.of("kernel", "amd-rocm");
    live.add(VLLM, "alice", List.of("rocm"), t("2025-03-03T00:00:00Z"), topics);
    int[][] after = live.raw(VLLM, "alice", labels, created);
    int[] ids = names.topicSetIds(names.topicSet(topics));
    int[][] counted = {
      RunningCounts.plus(before[0], ids), before[1], RunningCounts.plus(before[2], ids)
    };

    assertThat(RunningCounts.sameCounts(counted, after)).isTrue();
    assertThat(RunningCounts.sameCounts(before, after)).isFalse();
    assertThat(RunningCounts.sameCounts(new int[][] {{2, 1, 0, 0}}, new int[][] {{2, 1}})).isTrue();
    assertThat(RunningCounts.sameCounts(new int[][] {{2, 1}}, new int[][] {{2, 1}, {0}})).isFalse();
  }
}
