package io.devpulse.app;

import io.devpulse.rules.RulePacks;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes the built-in rule pack into a directory, for a user to edit and pass as {@code --rules}.
 */
public final class InitRules {
  /**
   * @param dir where the pack's files go (created when missing)
   * @param overwrite whether files already there may be replaced; without it an existing file is a
   *     {@link io.devpulse.model.UserErrorException} naming it, and nothing is written
   */
  public record Request(Path dir, boolean overwrite) {
    public Request {
      Objects.requireNonNull(dir, "dir");
    }
  }

  /** The pack's files as written, relative to the directory, in name order. */
  public record Result(List<String> written) {
    public Result {
      written = List.copyOf(written);
    }
  }

  public Result run(Request request) {
    return new Result(RulePacks.writeBuiltIn(request.dir(), request.overwrite()));
  }
}
