package io.devpulse.architecture;

import io.devpulse.index.HistoryIndex;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;

/**
 * What {@link ModuleBoundariesTest#onlyTheEngineMeetsTheIndexAndTheRules} forbids outside the
 * engine even of the pack as loaded, for its test to catch (never run): a read use case that opens
 * the index and holds the rules' {@code RulePack} to tell whether the index is stale, where it
 * should hold the engine's {@code classify.Pack}.
 */
final class RulePackBesideTheIndex {
  private RulePackBesideTheIndex() {}

  static long stale(Path indexDir, RulePack pack) {
    try (HistoryIndex index = HistoryIndex.open(indexDir)) {
      return index.countItemsNotClassifiedBy(pack.fingerprint());
    }
  }
}
