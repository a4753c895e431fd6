package io.devpulse.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the index lives: the directory the user named, else {@code $DEVPULSE_HOME/index}, else the
 * nearest {@code .devpulse/index} in the working directory or above it (found the way git finds
 * {@code .git}, so every command run in a project uses the index its import made there), else
 * {@code ~/.local/share/devpulse/index}.
 */
public final class IndexLocation {
  /** The environment variable naming devpulse's home directory. */
  public static final String HOME_VARIABLE = "DEVPULSE_HOME";

  /** The project-local directory looked for upward from the working directory. */
  public static final String LOCAL_DIR = ".devpulse";

  private IndexLocation() {}

  /**
   * The index directory.
   *
   * @param explicitOrNull a directory given on the command line, or null
   * @param env the environment (usually {@code System.getenv()})
   */
  public static Path resolve(Path explicitOrNull, Map<String, String> env) {
    return resolve(
        explicitOrNull,
        env,
        Path.of(System.getProperty("user.home")),
        Path.of("").toAbsolutePath());
  }

  static Path resolve(
      Path explicitOrNull, Map<String, String> env, Path userHome, Path workingDir) {
    Objects.requireNonNull(env, "env");
    if (explicitOrNull != null) {
      return explicitOrNull;
    }
    String home = env.get(HOME_VARIABLE);
    if (home != null && !home.isBlank()) {
      return Path.of(home).resolve("index");
    }
    for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
      Path local = dir.resolve(LOCAL_DIR).resolve("index");
      if (Files.isDirectory(local)) {
        return local;
      }
    }
    return userHome.resolve(".local").resolve("share").resolve("devpulse").resolve("index");
  }
}
