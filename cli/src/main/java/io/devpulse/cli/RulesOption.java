package io.devpulse.cli;

import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --rules DIR}: which rule pack classifies items; see {@link RulePacks#locate}. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "option.rules")
  Path rules;

  /** The pack in use, read from disk (cheap: no compilation). */
  RulePack pack(Map<String, String> env) {
    return RulePacks.locate(rules, env);
  }

  /** The pack in use, compiled (about a second: Drools starts up). */
  CompiledRules compile(Map<String, String> env) {
    return RuleCompiler.compile(pack(env));
  }
}
