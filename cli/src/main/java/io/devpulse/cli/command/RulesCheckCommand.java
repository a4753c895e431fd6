package io.devpulse.cli.command;

import io.devpulse.app.CheckRules;
import io.devpulse.classify.Pack;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.rules.RuleProblem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse rules check [DIR]}: compiles a pack; prints {@code file:line:column: message} per
 * problem (paths as the user can open them) and exits 1, or a one-line summary of the pack.
 */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class RulesCheckCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;

  @Parameters(paramLabel = "DIR", arity = "0..1", descriptionKey = "rules.check.dir")
  Path dir;

  @Override
  public Integer call() {
    CliContext ctx = parent.context();
    Pack pack = dir == null ? Pack.locate(null, ctx.env()) : Pack.load(dir);
    CheckRules.Result result = new CheckRules(ctx.app()).run(new CheckRules.Request(pack));
    if (result.ok()) {
      ctx.out()
          .println(
              Messages.get(
                  "rules.check.ok",
                  pack.origin(),
                  result.ruleNames().size(),
                  result.topics().size(),
                  String.join(", ", result.topics()),
                  result.fingerprint()));
      if (result.focusTopicOrNull() == null) {
        ctx.err().println(Messages.get("rules.check.noFocusTopic", pack.origin()));
      }
      for (String warning : result.messageWarnings()) {
        ctx.err().println(Messages.get("rules.check.message", warning));
      }
      return ExitCode.OK;
    }
    for (RuleProblem p : result.problems()) {
      String file = dir == null ? p.file() : dir.resolve(p.file()).toString();
      ctx.err().println(new RuleProblem(file, p.line(), p.column(), p.message()));
    }
    ctx.err().println(Messages.get("rules.check.failed", pack.origin(), result.problems().size()));
    return ExitCode.USER_ERROR;
  }
}
