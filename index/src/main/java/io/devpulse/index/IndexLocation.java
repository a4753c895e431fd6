package io.devpulse.index;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the index lives: the directory the user named, else {@code $DEVPULSE_HOME/index}, else {@code
 * ~/.local/share/devpulse/index}.
 */
public final class IndexLocation {
  /** The environment variable naming devpulse's home directory. */
  public static final String HOME_VARIABLE = "DEVPULSE_HOME";

  private IndexLocation() {}

  /**
   * The index directory.
   *
   * @param explicitOrNull a directory given on the command line, or null
   * @param env the environment (usually {@code System.getenv()})
   */
  public static Path resolve(Path explicitOrNull, Map<String, String> env) {
    return resolve(explicitOrNull, env, Path.of(System.getProperty("user.home")));
  }

  static Path resolve(Path explicitOrNull, Map<String, String> env, Path userHome) {
    Objects.requireNonNull(env, "env");
    if (explicitOrNull != null) {
      return explicitOrNull;
    }
    String home = env.get(HOME_VARIABLE);
    if (home != null && !home.isBlank()) {
      return Path.of(home).resolve("index");
    }
    return userHome.resolve(".local").resolve("share").resolve("devpulse").resolve("index");
  }
}
