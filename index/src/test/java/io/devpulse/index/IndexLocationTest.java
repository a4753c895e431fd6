package io.devpulse.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLocationTest {
  private static final Path HOME = Path.of("/home/dev");
  private static final Path NOWHERE = Path.of("/");

  @TempDir Path tmp;

  @Test
  void prefersTheExplicitDirectory() {
    assertThat(
            IndexLocation.resolve(Path.of("/data/idx"), Map.of("DEVPULSE_HOME", "/opt/devpulse")))
        .isEqualTo(Path.of("/data/idx"));
  }

  @Test
  void thenDevpulseHome() throws IOException {
    Path project =
        Files.createDirectories(tmp.resolve("p/.devpulse/index")).getParent().getParent();
    assertThat(IndexLocation.resolve(null, Map.of("DEVPULSE_HOME", "/opt/devpulse"), HOME, project))
        .isEqualTo(Path.of("/opt/devpulse/index"));
  }

  @Test
  void thenTheNearestProjectIndexUpwardFromTheWorkingDirectory() throws IOException {
    Path project = tmp.resolve("p");
    Files.createDirectories(project.resolve(".devpulse/index"));
    Path deep = Files.createDirectories(project.resolve("docs/_posts"));
    assertThat(IndexLocation.resolve(null, Map.of(), HOME, deep))
        .isEqualTo(project.resolve(".devpulse/index"));
    assertThat(IndexLocation.resolve(null, Map.of(), HOME, project))
        .isEqualTo(project.resolve(".devpulse/index"));
  }

  @Test
  void aDevpulseDirectoryWithoutAnIndexIsNotOne() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("p/.devpulse")).getParent();
    assertThat(IndexLocation.resolve(null, Map.of(), HOME, project))
        .isEqualTo(Path.of("/home/dev/.local/share/devpulse/index"));
  }

  @Test
  void thenTheUsersDataDirectory() {
    assertThat(IndexLocation.resolve(null, Map.of(), HOME, NOWHERE))
        .isEqualTo(Path.of("/home/dev/.local/share/devpulse/index"));
    assertThat(IndexLocation.resolve(null, Map.of("DEVPULSE_HOME", " "), HOME, NOWHERE))
        .isEqualTo(Path.of("/home/dev/.local/share/devpulse/index"));
  }
}
