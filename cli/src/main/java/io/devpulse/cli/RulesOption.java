package io.devpulse.cli;

import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: which rule pack classifies items; see {@link RulePacks#locate}. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "option.rules")
  Path rules;

  /** The pack in use, read from disk (cheap: no compilation). */
  RulePack pack(Map<String, String> env) {
    return RulePacks.locate(rules, env);
  }

  /** The pack in use, compiled (about a second the first time: Drools starts up). */
  CompiledRules compile(Map<String, String> env) {
    return compiled(pack(env));
  }

  /**
   * Compiles {@code pack}, or returns this process's earlier compilation of the same files: a compiled
   * rule base is kept for the life of the process, so e.g. {@code report --sync} or a test suite running
   * many commands pays Drools' start-up once per rule set.
   */
  static CompiledRules compiled(RulePack pack) {
    return COMPILED.computeIfAbsent(pack.fingerprint(), fp -> RuleCompiler.compile(pack));
  }

  private static final Map<String, CompiledRules> COMPILED = new ConcurrentHashMap<>();
}
