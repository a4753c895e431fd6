package io.devpulse.cli.option;

import io.devpulse.classify.Pack;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: which rule pack classifies items; see {@link Pack#locate}. */
public final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "option.rules")
  Path rules;

  /**
   * The directory given with {@code --rules}, or null (the pack then comes from the home or the
   * jar).
   */
  public Path dir() {
    return rules;
  }

  /** The pack in use, read from disk (cheap: the use case compiles it when it needs to). */
  public Pack pack(Map<String, String> env) {
    return Pack.locate(rules, env);
  }
}
