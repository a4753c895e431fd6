package io.devpulse.cli;

import io.devpulse.app.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One in-process run of the CLI: exit code, stdout, stderr. */
record CliRun(int exitCode, String out, String err) {

  /**
   * Runs with an environment whose DEVPULSE_HOME does not exist, so neither the developer's own
   * index nor their own rules ({@code ~/.local/share/devpulse}) can leak into a test.
   */
  static CliRun of(String... args) {
    return withEnv(Map.of("DEVPULSE_HOME", NO_HOME), args);
  }

  private static final String NO_HOME =
      Path.of(
              System.getProperty("java.io.tmpdir"),
              "devpulse-test-no-home-" + ProcessHandle.current().pid())
          .toString();

  static CliRun withEnv(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            TestApp.APP,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            args);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A test resource as a path, e.g. {@code fixture("vllm-2025-12-10-hour/issues.json")}. */
  static String fixture(String relative) {
    return TestApp.fixture(relative);
  }
}
