package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: compared byte for byte. To regenerate them after an
 * intended change, run the tests with {@code -Ddevpulse.golden.update=true} (or the environment variable
 * {@code DEVPULSE_GOLDEN_UPDATE=1}) and review the diff.
 */
final class Golden {
  private static final Path SOURCE = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("devpulse.golden.update") || System.getenv("DEVPULSE_GOLDEN_UPDATE") != null;
  }

  static void assertMatches(String name, String actual) {
    if (updating()) {
      try {
        Files.createDirectories(SOURCE);
        Files.writeString(SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file %s (regenerate with -Ddevpulse.golden.update=true)", name).isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual.getBytes(StandardCharsets.UTF_8))
          .as("%s differs from its golden file; regenerate with -Ddevpulse.golden.update=true if intended", name)
          .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
