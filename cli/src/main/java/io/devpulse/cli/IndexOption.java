package io.devpulse.cli;

import io.devpulse.index.IndexLocation;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --index DIR}, shared by every command that reads or writes the index. */
final class IndexOption {
  @Option(names = "--index", paramLabel = "DIR", descriptionKey = "option.index")
  Path index;

  /** The index directory: {@code --index}, else {@code $DEVPULSE_HOME/index}, else the user default. */
  Path resolve(Map<String, String> env) {
    return IndexLocation.resolve(index, env);
  }
}
