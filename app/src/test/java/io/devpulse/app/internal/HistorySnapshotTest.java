package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.Reclassify;
import io.devpulse.app.TestApp;
import io.devpulse.app.TestRules;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Item;
import io.devpulse.rules.History;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class HistorySnapshotTest {
  @TempDir Path tmp;

  @Test
  void answersExactlyAsTheIndexDoes() {
    Path index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-merged-prs/issues.jsonl.gz", "vllm-2025-12-10-hour/issues.json");
    new Reclassify(TestApp.APP).run(new Reclassify.Request(index, TestRules.BUILT_IN, true));

    try (HistoryIndex history = HistoryIndex.open(index)) {
      History queried = new IndexHistory(history);
      History snapshot = HistorySnapshot.of(history);
      List<Item> items = new ArrayList<>();
      history.forEachItem(hit -> items.add(hit.item()));

      assertThat(items).hasSizeGreaterThan(7000);
      for (Item item : items) {
        assertThat(snapshot.author(item)).as(item.key()).isEqualTo(queried.author(item));
        assertThat(snapshot.labels(item)).as(item.key()).isEqualTo(queried.labels(item));
      }
    }
  }
}
