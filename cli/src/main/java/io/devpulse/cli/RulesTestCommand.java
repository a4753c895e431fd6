package io.devpulse.cli;

import io.devpulse.model.Classification;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.rules.RulePacks;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse rules test [DIR] CASES}: runs a pack on each case of a cases file ({@link RuleCases})
 * and prints PASS/FAIL per case, then {@code N passed, M failed}; exit 1 when any case fails.
 */
@Command(name = "test", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class RulesTestCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;

  @Parameters(paramLabel = "DIR_OR_CASES", arity = "1..2", descriptionKey = "rules.test.args")
  List<Path> args;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = parent.context();
    Path dir = args.size() == 2 ? args.get(0) : null;
    Path casesFile = args.get(args.size() - 1);
    List<RuleCase> cases = RuleCases.read(casesFile);
    CompiledRules rules = RulesOption.compiled(
        dir == null ? RulePacks.locate(null, ctx.env()) : RulePacks.load(dir));
    int passed = 0;
    int failed = 0;
    try (Classifier classifier = rules.newClassifier()) {
      for (RuleCase c : cases) {
        Classification actual = classifier.classify(c.item(), History.NONE);
        List<String> failures = c.failures(actual);
        if (failures.isEmpty()) {
          passed++;
          ctx.out().println(Messages.get("rules.test.pass", c.name()));
        } else {
          failed++;
          ctx.out().println(Messages.get("rules.test.fail", c.name(), String.join("; ", failures)));
        }
      }
    }
    ctx.out().println(Messages.get("rules.test.summary", passed, failed));
    return failed == 0 ? ExitCode.OK : ExitCode.USER_ERROR;
  }
}
