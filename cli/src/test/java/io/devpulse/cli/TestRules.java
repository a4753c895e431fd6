package io.devpulse.cli;

import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;

/** The built-in rule pack, compiled once for all tests of the JVM (Drools takes a second to start). */
final class TestRules {
  static final CompiledRules BUILT_IN = RuleCompiler.compile(RulePacks.builtIn());

  private TestRules() {}
}
