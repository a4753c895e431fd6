package io.devpulse.cli;

import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import java.io.PrintStream;

/**
 * Keeps {@code System.exit} in a (trusted) rule pack from ending a command silently: the JVM would
 * exit with the status the rule chose, 0 even, having stored nothing. A shutdown hook sees the
 * thread that called {@code exit} while the command still runs, says so in one line and ends the
 * process with status 1 instead. Nothing since the last commit is stored, as after a kill. A signal
 * (no {@code exit} caller on any stack) is left alone.
 */
final class ExitGuard {
  private static volatile boolean commandRunning;

  private ExitGuard() {}

  static void install(PrintStream err) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (commandRunning && exitCalledOutsideMain()) {
                    err.println(Messages.get("exit.duringCommand"));
                    err.flush();
                    Runtime.getRuntime().halt(ExitCode.USER_ERROR);
                  }
                },
                "devpulse-exit-guard"));
  }

  static void commandStarted() {
    commandRunning = true;
  }

  static void commandEnded() {
    commandRunning = false;
  }

  /**
   * Whether some thread is in {@code System.exit}/{@code Runtime.exit} called from anywhere but
   * main().
   */
  private static boolean exitCalledOutsideMain() {
    for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
      for (int i = 0; i < stack.length; i++) {
        boolean exit =
            stack[i].getMethodName().equals("exit")
                && (stack[i].getClassName().equals("java.lang.Runtime")
                    || stack[i].getClassName().equals("java.lang.System"));
        if (exit) {
          int caller = i + 1;
          while (caller < stack.length && stack[caller].getClassName().startsWith("java.lang.")) {
            caller++;
          }
          return caller >= stack.length
              || !stack[caller].getClassName().equals(Main.class.getName());
        }
      }
    }
    return false;
  }
}
