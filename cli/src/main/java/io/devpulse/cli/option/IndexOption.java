package io.devpulse.cli.option;

import io.devpulse.index.IndexLocation;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that reads or writes the index. */
public final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", descriptionKey = "option.index")
  Path index;

  /**
   * Whether {@code --index} was given (then the index must exist for commands that only read it).
   */
  public boolean given() {
    return index != null;
  }

  /**
   * The index directory: {@code --index}, else {@code $DEVPULSE_HOME/index}, else the user default.
   */
  public Path resolve(Map<String, String> env) {
    return IndexLocation.resolve(index, env);
  }
}
