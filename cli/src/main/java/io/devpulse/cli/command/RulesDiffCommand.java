package io.devpulse.cli.command;

import io.devpulse.app.DiffRules;
import io.devpulse.cli.CliContext;
import io.devpulse.cli.ExitCode;
import io.devpulse.cli.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.output.RulesDiffView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse rules diff}: what the pack would change on the index against the classification stored
 * now, storing nothing; exits 0 when nothing changes, 1 when something does (a gate for a pull request
 * that edits rules).
 */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class RulesDiffCommand implements Callable<Integer> {
  /** Output formats. */
  public enum Format { TABLE, JSON, MD }

  @ParentCommand RulesCommand parent;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", descriptionKey = "rules.diff.format")
  Format format;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3", descriptionKey = "rules.diff.examples")
  int examples;

  @Override
  public Integer call() {
    CliContext ctx = parent.context();
    DiffRules.Result result = new DiffRules(ctx.app()).run(
        new DiffRules.Request(index.resolve(ctx.env()), rules.pack(ctx.env()), Math.max(0, examples)));
    ctx.out().print(switch (format) {
      case TABLE -> RulesDiffView.table(result);
      case JSON -> RulesDiffView.json(result);
      case MD -> RulesDiffView.markdown(result);
    });
    return result.nothingChanges() ? ExitCode.OK : ExitCode.USER_ERROR;
  }
}
