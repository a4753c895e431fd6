package io.devpulse.architecture;

import io.devpulse.app.Devpulse;
import io.devpulse.classify.BatchClassification;
import io.devpulse.index.IndexUpdate;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;

/**
 * What {@link ModuleBoundariesTest#onlyTheEngineMeetsTheIndexAndTheRules} forbids outside the
 * engine, for its test to catch (never run): a use case that opens the index, compiles the pack and
 * hands the compiled rules to the engine itself. The compiled rules live only in a local variable,
 * so the class file names them only in what the calls take and give.
 */
final class CompiledRulesBesideTheIndex {
  private CompiledRulesBesideTheIndex() {}

  static void settle(Devpulse app, Path indexDir, RulePack pack) {
    CompiledRules rules = app.rules().compile(pack);
    try (IndexUpdate update = IndexUpdate.open(indexDir);
        BatchClassification classification = new BatchClassification(rules)) {
      classification.settle(update);
    }
  }
}
