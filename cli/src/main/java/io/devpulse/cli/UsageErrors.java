package io.devpulse.cli;

import java.io.PrintWriter;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/** A wrong command line: the problem in one line, then how to get help; exit code {@link ExitCode#USAGE}. */
public final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("devpulse: " + OneLineErrors.oneLine(ex.getMessage()));
    err.println(Messages.get("usage.tryHelp", cli.getCommandSpec().qualifiedName()));
    return ExitCode.USAGE;
  }
}
