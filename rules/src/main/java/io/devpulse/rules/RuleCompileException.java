package io.devpulse.rules;

import io.devpulse.model.UserErrorException;
import java.util.List;

/**
 * A rule pack did not compile; nothing of it was loaded. {@link #problems()} lists every error as
 * {@code file:line:column: message}; the message is a first line with the count and origin, then
 * one line per problem.
 */
public final class RuleCompileException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  private final transient List<RuleProblem> problems;

  public RuleCompileException(String origin, List<RuleProblem> problems) {
    super(message(origin, problems));
    this.problems = List.copyOf(problems);
  }

  public List<RuleProblem> problems() {
    return problems;
  }

  private static String message(String origin, List<RuleProblem> problems) {
    StringBuilder sb =
        new StringBuilder("rules (")
            .append(origin)
            .append(") did not compile: ")
            .append(problems.size())
            .append(problems.size() == 1 ? " error" : " errors");
    for (RuleProblem p : problems) {
      sb.append(System.lineSeparator()).append(p);
    }
    return sb.toString();
  }
}
