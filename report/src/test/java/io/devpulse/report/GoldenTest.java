package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An update of a golden file is never a silent pass. */
class GoldenTest {
  @Test
  void anUpdateThatChangesTheFileFails(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("golden/report.md");

    assertThatThrownBy(() -> Golden.update(file, "new\n"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden file " + file + " rewritten");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("new\n");
  }

  @Test
  void anUpdateThatChangesNothingPasses(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.md");
    Files.writeString(file, "same\n", StandardCharsets.UTF_8);

    Golden.update(file, "same\n");

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("same\n");
  }

  @Test
  void onlyTheExplicitPropertyUpdates() {
    // the build never sets it; an environment variable no longer can
    assertThat(Golden.updating()).isEqualTo(Boolean.getBoolean("devpulse.golden.update"));
  }
}
