package io.devpulse.cli;

import io.devpulse.app.Devpulse;
import io.devpulse.cli.command.ClassifyCommand;
import io.devpulse.cli.command.DevpulseCommand;
import io.devpulse.cli.command.RulesDiffCommand;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.OneLineErrors;
import io.devpulse.cli.common.VersionProvider;
import io.devpulse.cli.option.Converters;
import io.devpulse.cli.output.TerminalSafeOutput;
import io.devpulse.model.SuppressForbidden;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Entry point. {@link #run} returns the exit code instead of exiting, so tests run commands
 * in-process and assert exit code, stdout and stderr; only {@link #main} calls {@code System.exit}.
 */
public final class Main {
  /**
   * Lucene reports through java.util.logging that the JDK's incubating vector module is not
   * enabled; that is a tuning hint for Lucene's vector search, which devpulse does not use, so it
   * is not shown. Held in a field because JUL keeps loggers weakly.
   */
  private static final class LuceneLog {
    static final Logger LOG = Logger.getLogger("org.apache.lucene");
  }

  private Main() {}

  @SuppressForbidden(
      reason = "the process entry: wraps the standard streams once and sets the exit code")
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The one command that needs nothing: answered before logging, picocli or the application
      // start.
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      for (String line : new VersionProvider().getVersion()) {
        out.println(line);
      }
      System.exit(ExitCode.OK);
    }
    LuceneLog.LOG.setLevel(Level.SEVERE);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    ExitGuard.install(err);
    ExitGuard.commandStarted();
    int code = run(Devpulse.standard(), out, err, System.getenv(), args);
    ExitGuard.commandEnded();
    System.exit(code);
  }

  /**
   * Runs one devpulse command line with the given streams and environment on {@code app} (whose
   * caches several runs may share); returns its exit code.
   */
  public static int run(
      Devpulse app,
      PrintStream rawOut,
      PrintStream rawErr,
      Map<String, String> env,
      String... args) {
    // Everything below prints through this one terminal-safe path, whatever it prints.
    PrintStream out = TerminalSafeOutput.wrap(rawOut);
    PrintStream err = TerminalSafeOutput.wrap(rawErr);
    try {
      return execute(app, out, err, env, args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static int execute(
      Devpulse app, PrintStream out, PrintStream err, Map<String, String> env, String[] args) {
    CommandLine cli = new CommandLine(new DevpulseCommand(new CliContext(app, out, err, env)));
    for (Class<?> subcommand : DevpulseCommand.subcommandsFor(args)) {
      cli.addSubcommand(subcommand);
    }
    Converters.registerAll(cli);
    // The formats of single commands, registered here so that options need not know commands.
    Converters.registerEnum(cli, ClassifyCommand.Format.class);
    Converters.registerEnum(cli, RulesDiffCommand.Format.class);
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, out.charset()), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, err.charset()), true));
    cli.setExecutionExceptionHandler(new OneLineErrors(err));
    cli.setExitCodeExceptionMapper(ExitCode::of);
    cli.setParameterExceptionHandler(new UsageErrors());
    // Colours would be escape sequences, which the safe path turns into '?'.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    return cli.execute(args);
  }
}
