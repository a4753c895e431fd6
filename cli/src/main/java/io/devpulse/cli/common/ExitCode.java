package io.devpulse.cli.common;

import io.devpulse.model.UserErrorException;

/** devpulse's exit codes, in one place so scripts can rely on them. */
public final class ExitCode {
  /** Done. */
  public static final int OK = 0;

  /** Bad input or a user's mistake (file, query, busy index); the message says what. */
  public static final int USER_ERROR = 1;

  /** The command line itself is wrong (unknown option, missing argument). */
  public static final int USAGE = 2;

  /** A bug or an environment failure devpulse did not expect. */
  public static final int INTERNAL = 3;

  private ExitCode() {}

  /** The exit code of a command that failed with {@code t}: the user's mistake or devpulse's. */
  public static int of(Throwable t) {
    return t instanceof UserErrorException ? USER_ERROR : INTERNAL;
  }
}
