package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleRuntimeException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReclassifierTest {
  @TempDir Path tmp;

  private final Reclassifier reclassifier =
      new Reclassifier(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  private Path imported() {
    Path index = tmp.resolve("index");
    CliRun.of("import", "--index", index.toString(), fixture("vllm-week-2025-12-12/issues.json"));
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

    assertThat(reclassifier.reclassify(index, TestRules.BUILT_IN, false)).isZero();
    assertThat(reclassifier.reclassify(index, TestRules.BUILT_IN, true)).isEqualTo(222);
    // The import saw an empty index; now every item has the others as history. Once more changes nothing.
    List<IndexedItem> once = items(index);
    reclassifier.reclassify(index, TestRules.BUILT_IN, true);
    assertThat(items(index)).containsExactlyInAnyOrderElementsOf(once);
    assertThat(once).extracting(i -> i.item().number()).hasSize(222);
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.stats().commitData()).containsEntry("lastClassify", "2026-01-01T00:00:00Z");
    }
  }

  @Test
  void aRuleThatFailsHalfWayLeavesEveryItemAsItWas() throws Exception {
    Path index = imported();
    List<IndexedItem> before = items(index);
    CompiledRules failing = TestRules.failingOnTag(tmp.resolve("rules"), "rocm");

    assertThatThrownBy(() -> reclassifier.reclassify(index, failing, true))
        .isInstanceOf(RuleRuntimeException.class).hasMessageContaining("boom on rocm");
    assertThat(items(index)).containsExactlyInAnyOrderElementsOf(before);
  }
}
