package io.devpulse.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a browser test may run: without Chromium it is skipped with the reason on a developer's
 * machine, but fails under CI ({@code CI=true}, as GitHub Actions and {@code .ci/run} set it),
 * where a skipped browser test would let a broken site pass green.
 */
final class ChromiumRequirement {
  private ChromiumRequirement() {}

  static void check(Path chromium, Map<String, String> env) {
    if (Files.isExecutable(chromium)) {
      return;
    }
    String why =
        "no " + chromium + ": the browser test needs Debian's chromium (apt-get install chromium)";
    if ("true".equalsIgnoreCase(env.getOrDefault("CI", ""))) {
      throw new AssertionError(why + "; under CI=true that is a failure, not a skip");
    }
    Assumptions.abort(why);
  }
}
