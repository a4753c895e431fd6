package io.devpulse.cli.command;

import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.common.OneLineErrors;
import io.devpulse.cli.common.VersionProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    resourceBundle = Messages.BUNDLE)
public final class DevpulseCommand implements Runnable {
  /**
   * The subcommands, in the order help lists them. Registered by {@link #subcommandsFor}, not in
   * the annotation, so that a command line builds the (reflective, start-up-costly) model of only
   * the subcommand it runs.
   */
  public static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ImportCommand.class,
          SyncCommand.class,
          ReportCommand.class,
          SiteCommand.class,
          QueryCommand.class,
          StatsCommand.class,
          ClassifyCommand.class,
          RulesCommand.class);

  private static final Map<String, Class<?>> BY_NAME = new HashMap<>();

  static {
    for (Class<?> c : SUBCOMMANDS) {
      BY_NAME.put(c.getAnnotation(Command.class).name(), c);
    }
  }

  /**
   * The subcommand {@code args} run (the first argument naming one), or all when none does (help,
   * errors).
   */
  public static List<Class<?>> subcommandsFor(String... args) {
    for (String a : args) {
      Class<?> c = BY_NAME.get(a);
      if (c != null) {
        return List.of(c);
      }
      if (!a.startsWith("-")) {
        break; // an unknown command: all of them, for picocli's "did you mean"
      }
    }
    return SUBCOMMANDS;
  }

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
