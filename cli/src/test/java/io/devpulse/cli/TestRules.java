package io.devpulse.cli;

import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The built-in rule pack, compiled once for all tests of the JVM (Drools takes a second to start). */
final class TestRules {
  static final CompiledRules BUILT_IN = RuleCompiler.compile(RulePacks.builtIn());

  private TestRules() {}

  /**
   * The built-in pack written to {@code dir} plus a rule named {@code "boom on <tag>"} that throws on
   * every item tagged {@code [<tag>]}, compiled: for proving that a failing rule changes nothing.
   */
  static CompiledRules failingOnTag(Path dir, String tag) throws IOException {
    RulePacks.writeBuiltIn(dir, false);
    Files.writeString(dir.resolve("boom.drl"), """
        package io.devpulse.rules.builtin;
        import io.devpulse.rules.facts.*;
        rule "boom on %s"
        when
            $i : ItemFact( hasTag("%s") )
        then
            throw new IllegalStateException("boom");
        end
        """.formatted(tag, tag));
    return RuleCompiler.compile(RulePacks.load(dir));
  }
}
