package io.devpulse.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexLocationTest {
  private static final Path HOME = Path.of("/home/dev");

  @Test
  void prefersTheExplicitDirectory() {
    assertThat(IndexLocation.resolve(Path.of("/data/idx"), Map.of("DEVPULSE_HOME", "/opt/devpulse")))
        .isEqualTo(Path.of("/data/idx"));
  }

  @Test
  void thenDevpulseHome() {
    assertThat(IndexLocation.resolve(null, Map.of("DEVPULSE_HOME", "/opt/devpulse"), HOME))
        .isEqualTo(Path.of("/opt/devpulse/index"));
  }

  @Test
  void thenTheUsersDataDirectory() {
    assertThat(IndexLocation.resolve(null, Map.of(), HOME))
        .isEqualTo(Path.of("/home/dev/.local/share/devpulse/index"));
    assertThat(IndexLocation.resolve(null, Map.of("DEVPULSE_HOME", " "), HOME))
        .isEqualTo(Path.of("/home/dev/.local/share/devpulse/index"));
  }

  @Test
  void usesUserHomeByDefault() {
    assertThat(IndexLocation.resolve(null, Map.of()))
        .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "devpulse", "index"));
  }
}
