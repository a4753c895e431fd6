package io.devpulse.rules.eval;

import io.devpulse.rules.CompiledRules;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the subject-truth tables of the built-in pack (full and stripped titles; whole set and both
 * cross-validation halves) and every miss with its evidence: the report to read after editing the pack.
 * Tagged {@code slow}: it asserts nothing ({@link SubjectTruthFloorsTest} does), so a quick build may
 * skip it with {@code -DexcludedGroups=slow}.
 */
@Tag("slow")
class SubjectEvalReport {
  @Test
  void printTablesAndMisses() {
    CompiledRules rules = SubjectEval.builtIn();
    SubjectTruth truth = SubjectEval.truth();
    Map<SubjectEval.Titles, SubjectEval.Run> runs = SubjectEval.run(rules);
    for (SubjectEval.Run run : runs.values()) {
      System.out.println("Subject truth, " + run.titles() + " titles, built-in pack:");
      System.out.println(SubjectEval.table(run, truth));
      System.out.println(run.evaluate(truth).errorsToMarkdown(Integer.MAX_VALUE));
    }
  }
}
