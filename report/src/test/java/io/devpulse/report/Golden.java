package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}: compared byte for byte. To regenerate them
 * after an intended change, run the tests with {@code -Ddevpulse.golden.update=true} and review the
 * diff. Only that explicit system property updates (CI never sets it, and no environment variable
 * can turn it on), and a test that rewrites a file still fails, so an update can never pass
 * unnoticed: the next run without the property passes once the new file is committed.
 */
final class Golden {
  private static final Path SOURCE = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("devpulse.golden.update");
  }

  static void assertMatches(String name, String actual) {
    if (updating()) {
      update(SOURCE.resolve(name), actual);
      return;
    }
    try (InputStream in = Golden.class.getClassLoader().getResourceAsStream("golden/" + name)) {
      assertThat(in)
          .as("golden file %s (regenerate with -Ddevpulse.golden.update=true)", name)
          .isNotNull();
      String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(actual.getBytes(StandardCharsets.UTF_8))
          .as(
              "%s differs from its golden file; regenerate with -Ddevpulse.golden.update=true if intended",
              name)
          .isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code actual} to {@code file} and fails when that changed the file: an update is
   * reported as a failure naming the file, never a silent pass.
   */
  static void update(Path file, String actual) {
    try {
      String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (actual.equals(before)) {
        return;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError(
        "golden file "
            + file
            + " rewritten (-Ddevpulse.golden.update=true): review the diff,"
            + " commit it and rerun without the property");
  }
}
