package io.devpulse.app;

import io.devpulse.model.Classification;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.History;
import io.devpulse.rules.RulePack;
import java.util.ArrayList;
import java.util.List;

/** Runs a rule pack on the cases of a cases file ({@link RuleCases}), without history. */
public final class TestRules {
  private final Devpulse app;

  public TestRules(Devpulse app) {
    this.app = app;
  }

  /** One case's outcome: no failures means it passed. */
  public record Outcome(RuleCase ruleCase, List<RuleCase.Failure> failures) {
    public boolean passed() {
      return failures.isEmpty();
    }
  }

  public List<Outcome> run(RulePack pack, List<RuleCase> cases) {
    List<Outcome> outcomes = new ArrayList<>(cases.size());
    try (Classifier classifier = app.rules().compile(pack).newClassifier()) {
      for (RuleCase c : cases) {
        Classification actual = classifier.classify(c.item(), History.NONE);
        outcomes.add(new Outcome(c, c.failures(actual)));
      }
    }
    return outcomes;
  }
}
