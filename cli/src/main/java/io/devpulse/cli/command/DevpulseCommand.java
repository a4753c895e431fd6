package io.devpulse.cli.command;

import io.devpulse.cli.CliContext;
import io.devpulse.cli.Messages;
import io.devpulse.cli.OneLineErrors;
import io.devpulse.cli.VersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: prints the command list when given no subcommand. */
@Command(
    name = "devpulse",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    resourceBundle = Messages.BUNDLE,
    subcommands = {
      ImportCommand.class, SyncCommand.class, ReportCommand.class, SiteCommand.class, QueryCommand.class,
      StatsCommand.class, ClassifyCommand.class, RulesCommand.class
    })
public final class DevpulseCommand implements Runnable {
  private final CliContext context;

  @Spec CommandSpec spec;

  /** Inherited by every subcommand; read by {@link OneLineErrors} from the parse result. */
  @Option(names = "--verbose", scope = ScopeType.INHERIT, descriptionKey = "option.verbose")
  boolean verbose;

  public DevpulseCommand(CliContext context) {
    this.context = context;
  }

  public CliContext context() {
    return context;
  }

  @Override
  public void run() {
    spec.commandLine().usage(context.out());
  }
}
