package io.devpulse.app;

import io.devpulse.classify.Pack;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.PackPhrasing;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RuleCompileException;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Compiles a rule pack and says what it holds, or every problem with its file, line and column. */
public final class CheckRules {
  private final Devpulse app;

  public CheckRules(Devpulse app) {
    this.app = app;
  }

  public record Request(Pack pack) {
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
   * @param messageWarnings what the pack's phrasing lacks or cannot be read ({@code
   *     messages_zh.properties: rule.x (rule "x")}): a report then shows the rule's own name
   */
  public record Result(
      Pack pack,
      List<String> ruleNames,
      List<String> topics,
      String fingerprint,
      String focusTopicOrNull,
      List<RuleProblem> problems,
      List<String> messageWarnings) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public Result run(Request request) {
    // The rules alone, no index: the pack's files themselves.
    RulePack pack = request.pack().rules();
    try {
      CompiledRules rules = app.rules().compile(pack);
      String focus = PackTerms.of(pack).focusTopic().orElse(null);
      List<String> warnings = new ArrayList<>();
      PackPhrasing.missing(rules, pack).forEach(m -> warnings.add(m.toString()));
      warnings.addAll(PackPhrasing.messages(pack).badPatterns());
      return new Result(
          request.pack(),
          rules.ruleNames(),
          rules.topics(),
          rules.fingerprint(),
          focus,
          List.of(),
          List.copyOf(warnings));
    } catch (RuleCompileException e) {
      return new Result(request.pack(), List.of(), List.of(), null, null, e.problems(), List.of());
    }
  }
}
