package io.devpulse.cli;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command may use from the outside world: its output streams and the environment. Passed in
 * rather than read from {@code System}, so tests control all three.
 */
record CliContext(PrintStream out, PrintStream err, Map<String, String> env) {
  CliContext {
    env = Map.copyOf(env);
  }
}
