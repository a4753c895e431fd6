package io.devpulse.cli;

import io.devpulse.github.RecordType;
import io.devpulse.model.Repository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs a command line like {@link CliRun}, with {@code sync} registered even before {@link
 * DevpulseCommand} lists it (then this is {@link CliRun#withEnv} itself).
 */
final class SyncRun {
  private SyncRun() {}

  static CliRun withEnv(Map<String, String> env, String... args) {
    boolean registered = Arrays.asList(DevpulseCommand.class.getAnnotation(Command.class).subcommands())
        .contains(SyncCommand.class);
    if (registered) {
      return CliRun.withEnv(env, args);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    // As Main.run, plus the subcommand.
    CommandLine cli = new CommandLine(new DevpulseCommand(new CliContext(o, e, env)));
    cli.addSubcommand(new SyncCommand());
    cli.registerConverter(Repository.class, Repository::parse);
    cli.registerConverter(RecordType.class, RecordType::parse);
    cli.setOut(new PrintWriter(o, true));
    cli.setErr(new PrintWriter(e, true));
    cli.setExecutionExceptionHandler(new OneLineErrors(e));
    cli.setExitCodeExceptionMapper(Main::exitCodeOf);
    cli.setParameterExceptionHandler(new UsageErrors());
    int code = cli.execute(args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
