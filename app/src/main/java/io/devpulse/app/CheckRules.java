package io.devpulse.app;

import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RuleCompileException;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RuleProblem;
import java.util.List;
import java.util.Objects;

/** Compiles a rule pack and says what it holds, or every problem with its file, line and column. */
public final class CheckRules {
  private final Devpulse app;

  public CheckRules(Devpulse app) {
    this.app = app;
  }

  public record Request(RulePack pack) {
    public Request {
      Objects.requireNonNull(pack, "pack");
    }
  }

  /**
   * The outcome: the pack's rules and topics when it compiled, else its problems.
   *
   * @param fingerprint null when the pack did not compile
   * @param focusTopicOrNull the topic the pack puts in focus ({@code pack.properties}); null when
   *     it names none (a pack written before the file existed), so the report's AMD/ROCm section
   *     and the site's page stay empty
   */
  public record Result(
      RulePack pack,
      List<String> ruleNames,
      List<String> topics,
      String fingerprint,
      String focusTopicOrNull,
      List<RuleProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public Result run(Request request) {
    RulePack pack = request.pack();
    try {
      CompiledRules rules = app.rules().compile(pack);
      String focus = PackTerms.of(pack).focusTopic().orElse(null);
      return new Result(
          pack, rules.ruleNames(), rules.topics(), rules.fingerprint(), focus, List.of());
    } catch (RuleCompileException e) {
      return new Result(pack, List.of(), List.of(), null, null, e.problems());
    }
  }
}
