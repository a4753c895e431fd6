package io.devpulse.cli.command;

import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code devpulse rules}: the rule pack's own commands (init, check, test, eval, diff). */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    resourceBundle = Messages.BUNDLE,
    subcommands = {
      RulesInitCommand.class,
      RulesCheckCommand.class,
      RulesTestCommand.class,
      RulesEvalCommand.class,
      RulesDiffCommand.class
    })
public final class RulesCommand implements Runnable {
  @ParentCommand DevpulseCommand root;
  @Spec CommandSpec spec;

  public CliContext context() {
    return root.context();
  }

  @Override
  public void run() {
    spec.commandLine().usage(context().out());
  }
}
