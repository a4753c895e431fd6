package io.devpulse.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
  private static final Repository VLLM = new Repository("vllm-project", "vllm");
  private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");
  private static Engine engine;

  @TempDir Path dir;

  @BeforeAll
  static void compile() {
    engine = new Engine(RuleCompiler.compile(RulePacks.builtIn()));
  }

  private static Item pr(int number, String title, Instant created) {
    return Item.builder(VLLM, number, ItemKind.PULL_REQUEST)
        .title(title)
        .author(Actor.user("gpu-dev"))
        .createdAt(created)
        .updatedAt(created)
        .build();
  }

  @Test
  void whatAUnitOfWorkCommitsIsWhatTheSameEngineReadsBackAsCurrent() {
    try (IndexUpdate update = IndexUpdate.open(dir);
        BatchClassification batch = engine.batch()) {
      AccountJudge accounts = engine.accountJudge();
      for (int n = 0; n < 4; n++) {
        Item rocm = pr(100 + n, "[ROCm] Fix the MI300X kernel " + n, T0.plusSeconds(n));
        batch.put(update, rocm, "{}");
        accounts.see(rocm.author());
      }
      batch.settle(update);
      accounts.storeIn(update);
      update.commit(engine.commitData());
    }

    try (HistoryIndex index = HistoryIndex.open(dir)) {
      // The commit names these rules on every item and account: a read under them is current.
      assertThat(RulesCommitData.fingerprint(index.commitData())).contains(engine.fingerprint());
      assertThat(index.countItemsNotClassifiedBy(engine.fingerprint())).isZero();
      assertThat(index.countAccountsNotJudgedBy(engine.fingerprint())).isZero();
      assertThat(engine.preview(index).changes()).isEmpty();
      // A dry run sees the stored items as history; one without history does not.
      Item later = pr(200, "Fix attention for large head sizes", T0.plusSeconds(60));
      try (DryRun withHistory = engine.dryRunWithHistoryOf(index);
          DryRun without = engine.dryRunWithoutHistory()) {
        assertThat(withHistory.classify(later).topics()).contains("amd-rocm");
        assertThat(without.classify(later, null).topics()).doesNotContain("amd-rocm");
      }
    }
  }
}
