package io.devpulse.cli.common;

import io.devpulse.model.UserErrorException;
import io.devpulse.rules.RuleCompileException;
import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error as one line on stderr ({@code devpulse: message}); the stack
 * trace only with {@code --verbose}. The exit code comes from {@link ExitCode#of}.
 */
public final class OneLineErrors implements IExecutionExceptionHandler {
  private final PrintStream err;

  public OneLineErrors(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
    boolean verbose = verbose(parseResult);
    if (ex instanceof RuleCompileException compile) {
      // Like a compiler: a summary line, then one file:line:column: message line per problem.
      err.println("devpulse: " + ex.getMessage().lines().findFirst().orElse(""));
      compile.problems().forEach(err::println);
    } else if (ex instanceof UserErrorException) {
      err.println("devpulse: " + oneLine(ex.getMessage()));
    } else {
      err.println("devpulse: internal error: " + oneLine(String.valueOf(ex)));
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    return ExitCode.of(ex);
  }

  /** Whether {@code --verbose} was given to the command or any of its subcommands. */
  private static boolean verbose(ParseResult result) {
    return result.hasMatchedOption("--verbose")
        || result.subcommands().stream().anyMatch(OneLineErrors::verbose);
  }

  public static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
