package io.devpulse.cli;

import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.common.OneLineErrors;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line: the problem in one line (with the nearest names for a typo), then how to
 * get help; exit code {@link ExitCode#USAGE}.
 */
public final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    String problem = OneLineErrors.oneLine(ex.getMessage());
    // picocli's nearest option or subcommand names: a typo is then fixed without opening the help.
    List<String> suggestions =
        ex instanceof UnmatchedArgumentException unmatched
            ? unmatched.getSuggestions().stream().limit(3).toList()
            : List.of();
    err.println(
        "devpulse: "
            + (suggestions.isEmpty()
                ? problem
                : Messages.get(
                    "usage.didYouMean",
                    problem,
                    String.join(Messages.get("usage.or"), suggestions))));
    err.println(Messages.get("usage.tryHelp", cli.getCommandSpec().qualifiedName()));
    return ExitCode.USAGE;
  }
}
