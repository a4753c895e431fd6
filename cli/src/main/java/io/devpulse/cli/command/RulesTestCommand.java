package io.devpulse.cli.command;

import io.devpulse.app.TestRules;
import io.devpulse.classify.Pack;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse rules test [DIR] CASES}: runs a pack on each case of a cases file ({@link
 * TestRules}) and prints PASS/FAIL per case, then {@code N passed, M failed}; exit 1 when any case
 * fails.
 */
@Command(name = "test", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class RulesTestCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;

  @Parameters(paramLabel = "DIR_OR_CASES", arity = "1..2", descriptionKey = "rules.test.args")
  List<Path> args;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = parent.context();
    Path dir = args.size() == 2 ? args.get(0) : null;
    Path casesFile = args.get(args.size() - 1);
    Pack pack = dir == null ? Pack.locate(null, ctx.env()) : Pack.load(dir);
    TestRules.Result result = new TestRules(ctx.app()).run(new TestRules.Request(pack, casesFile));
    for (TestRules.Outcome o : result.outcomes()) {
      if (o.passed()) {
        ctx.out().println(Messages.get("rules.test.pass", o.name()));
      } else {
        ctx.out()
            .println(
                Messages.get(
                    "rules.test.fail",
                    o.name(),
                    o.failures().stream()
                        .map(RulesTestCommand::words)
                        .collect(Collectors.joining("; "))));
      }
    }
    ctx.out().println(Messages.get("rules.test.summary", result.passed(), result.failed()));
    return result.failed() == 0 ? ExitCode.OK : ExitCode.USER_ERROR;
  }

  private static String words(TestRules.Failure failure) {
    return switch (failure) {
      case TestRules.MissingTopics m -> Messages.get("rules.test.missing", m.missing(), m.actual());
      case TestRules.UnwantedTopics u -> Messages.get("rules.test.unwanted", u.unwanted());
      case TestRules.WrongPriority p ->
          Messages.get("rules.test.priority", p.actual().key(), p.expected().key());
    };
  }
}
