package io.devpulse.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.ItemSummary;
import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pass with a sink holds a bounded number of decided classifications, however many items change:
 * each change is handed over, in creation order, before the rules have run on more than a block of
 * further items. Counted against the rules' runs (a rule of the pack counts them), not timed.
 */
public class ClassificationPassSinkTest {
  private static final Repository REPO = new Repository("acme", "widgets");
  private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");

  /** The rules' runs, counted by the pack's counting rule. */
  static final AtomicInteger RUNS = new AtomicInteger();

  /** Called by the counting rule on every classification. */
  public static void ran() {
    RUNS.incrementAndGet();
  }

  @TempDir Path tmp;

  private CompiledRules countingRules() throws IOException {
    Path pack = tmp.resolve("pack");
    RulePacks.writeBuiltIn(pack, false);
    Files.writeString(
        pack.resolve("count.drl"),
        """
        // devpulse: trusted pack
        package io.devpulse.rules.builtin;
        import io.devpulse.rules.facts.*;
        rule "test: count the rules' runs"
        when
            ItemFact()
        then
            io.devpulse.classify.ClassificationPassSinkTest.ran();
        end
        """);
    return RuleCompiler.compile(RulePacks.load(pack));
  }

  @Test
  void everyItemChangingIsWrittenAsItIsDecidedNotHeldToTheEnd() throws IOException {
    CompiledRules rules = countingRules();
    int n = 3 * ClassificationPass.BLOCK + 100;
    Path dir = tmp.resolve("index");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      // Stored without a classification (as by an earlier devpulse): every item changes; each by
      // its own author and without a topic term, so no item's topics change another's history.
      for (int i = 0; i < n; i++) {
        Item item =
            Item.builder(REPO, i + 1, ItemKind.ISSUE)
                .title("Qx " + i)
                .author(Actor.user("author" + i))
                .createdAt(T0.plusSeconds(i))
                .build();
        update.put(item, "{}", null);
      }
      update.commit(Map.of());
    }
    List<String> written = new ArrayList<>();
    int[] mostHeld = {0};
    RUNS.set(0);
    try (HistoryIndex view = HistoryIndex.open(dir)) {
      ClassificationPass.Sink sink =
          new ClassificationPass.Sink() {
            @Override
            public void change(ClassificationPass.Change change) {
              written.add(change.summary().key());
              mostHeld[0] = Math.max(mostHeld[0], RUNS.get() - written.size());
            }

            @Override
            public void termHits(ItemSummary summary, byte[] termHits) {}
          };

      ClassificationPass.Result result =
          new ClassificationPass(rules, view, 1)
              .run(view.itemColumns(), null, Arrivals.none(), false, null, null, Set.of(), sink);

      assertThat(result.changed()).isEqualTo(n);
      assertThat(result.changes()).isEmpty();
    }
    assertThat(RUNS.get()).isEqualTo(n);
    assertThat(written).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(written.get(i)).isEqualTo("acme/widgets#" + (i + 1)); // creation order
    }
    assertThat(mostHeld[0]).isPositive().isLessThanOrEqualTo(ClassificationPass.BLOCK);
  }
}
