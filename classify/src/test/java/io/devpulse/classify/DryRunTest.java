package io.devpulse.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Actor;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DryRunTest {
  private static final Repository VLLM = new Repository("vllm-project", "vllm");
  private static final Instant T0 = Instant.parse("2025-11-01T00:00:00Z");
  private static CompiledRules rules;

  @BeforeAll
  static void compile() {
    rules = RuleCompiler.compile(RulePacks.builtIn());
  }

  private static Item pr(int number, String login, String title, Instant created) {
    return Item.builder(VLLM, number, ItemKind.PULL_REQUEST)
        .title(title)
        .author(Actor.user(login))
        .createdAt(created)
        .build();
  }

  @Test
  void addedItemsAreTheHistoryOfTheItemsCreatedAfterThem() {
    Item untaggedLater =
        pr(500, "gpu-dev", "Fix attention for large head sizes", T0.plusSeconds(99));
    Item untaggedEarly =
        pr(501, "gpu-dev", "Fix attention for large head sizes", T0.plusSeconds(2));
    try (DryRun dryRun = DryRun.withEmptyHistory(rules)) {
      assertThat(dryRun.classify(untaggedLater).topics()).doesNotContain("amd-rocm");
      for (int n = 0; n < 10; n++) {
        // the login's case differs from the later item's: history ignores it
        Item rocm = pr(100 + n, "GPU-Dev", "[ROCm] Fix the MI300X kernel " + n, T0.plusSeconds(n));
        Classification c = dryRun.classify(rocm);
        assertThat(c.topics()).contains("amd-rocm");
        dryRun.add(rocm, c);
      }

      assertThat(dryRun.classify(untaggedLater).evidenceFor("amd-rocm"))
          .extracting(Evidence::text)
          .containsExactly("author: 10 of 10 earlier items amd-rocm");
      // only the items created strictly before an item are its history: here two (created at T0
      // and T0 + 1 s, not the one at T0 + 2 s), fewer than the author rule's three
      assertThat(dryRun.classify(untaggedEarly).topics()).doesNotContain("amd-rocm");
      assertThat(dryRun.classify(pr(502, "gpu-dev", "Fix attention", T0.plusSeconds(3))).topics())
          .contains("amd-rocm");
    }
  }

  @Test
  void aDryRunWithoutHistoryCannotAddToIt() {
    Item item = pr(1, "someone", "Fix a typo", T0);
    try (DryRun dryRun = DryRun.withoutHistory(rules)) {
      Classification c = dryRun.classify(item, null);
      assertThatThrownBy(() -> dryRun.add(item, c)).isInstanceOf(IllegalStateException.class);
    }
  }
}
