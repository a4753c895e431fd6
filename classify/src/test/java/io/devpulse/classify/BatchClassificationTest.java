package io.devpulse.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchClassificationTest {
  private static final Repository REPO = new Repository("acme", "widgets");
  private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");

  @TempDir Path tmp;

  private static Item item(int i) {
    // One label on every item: each waits for the topics of the one before it.
    return Item.builder(REPO, i + 1, ItemKind.ISSUE)
        .title("Qx " + i)
        .author(Actor.user("author" + i))
        .labels(List.of("bug"))
        .createdAt(T0.plusSeconds(i))
        .build();
  }

  @Test
  void anItemPutOnAWorkerIsLetGoThoughLaterItemsWaitedForIt() throws Exception {
    CompiledRules rules = RuleCompiler.compile(RulePacks.builtIn());
    try (IndexUpdate update = IndexUpdate.open(tmp.resolve("index"));
        BatchClassification batch = new BatchClassification(rules, 2)) {
      Item first = item(0);
      WeakReference<Item> firstHeld = new WeakReference<>(first);
      batch.offer(update, first, "{}", r -> {});
      first = null;
      for (int i = 1; i < 2_000; i++) {
        batch.offer(update, item(i), "{}", r -> {});
      }
      // Long put by now, and behind a chain of items each waiting for the one before.
      for (int attempt = 0; attempt < 10 && firstHeld.get() != null; attempt++) {
        System.gc();
        Thread.sleep(10);
      }
      assertThat(firstHeld.get()).as("the first item, put long ago").isNull();
      batch.drain(update);
    }
  }
}
