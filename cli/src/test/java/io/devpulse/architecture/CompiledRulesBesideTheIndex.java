package io.devpulse.architecture;

import io.devpulse.app.Devpulse;
import io.devpulse.classify.BatchClassification;
import io.devpulse.classify.Pack;
import io.devpulse.index.IndexUpdate;
import io.devpulse.rules.CompiledRules;
import java.nio.file.Path;

/**
 * What {@link ModuleBoundariesTest#onlyTheEngineMeetsTheIndexAndTheRules} forbids outside the
 * engine, for its test to catch (never run): a use case that opens the index, compiles the pack and
 * hands the compiled rules to the engine itself. The pack's files and the compiled rules live only
 * in what its calls take and give and a local variable, so the class file names no type of the
 * rules as a dependency.
 */
final class CompiledRulesBesideTheIndex {
  private CompiledRulesBesideTheIndex() {}

  static void settle(Devpulse app, Path indexDir, Pack pack) {
    CompiledRules rules = app.rules().compile(pack.rules());
    try (IndexUpdate update = IndexUpdate.open(indexDir);
        BatchClassification classification = new BatchClassification(rules)) {
      classification.settle(update);
    }
  }
}
