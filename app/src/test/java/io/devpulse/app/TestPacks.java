package io.devpulse.app;

import io.devpulse.classify.Pack;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rule packs for tests: the built-in one, one with a rule that fails, one that counts its runs. */
public final class TestPacks {
  public static final Pack BUILT_IN = Pack.builtIn();

  private TestPacks() {}

  /**
   * The built-in pack written to {@code dir} plus a rule named {@code "boom on <tag>"} that throws
   * on every item tagged {@code [<tag>]}: for proving that a failing rule changes nothing.
   */
  public static Pack failingOnTag(Path dir, String tag) throws IOException {
    RulePacks.writeBuiltIn(dir, false);
    Files.writeString(
        dir.resolve("boom.drl"),
        """
        package io.devpulse.rules.builtin;
        import io.devpulse.rules.facts.*;
        rule "boom on %s"
        when
            $i : ItemFact( hasTag("%s") )
        then
            throw new IllegalStateException("boom");
        end
        """
            .formatted(tag, tag));
    return Pack.load(dir);
  }

  /**
   * The built-in pack written to {@code dir} plus a rule that tells {@link RuleRuns} of every
   * classification (a trusted pack: it calls a test class); it changes no classification.
   */
  public static Pack counting(Path dir) throws IOException {
    RulePacks.writeBuiltIn(dir, false);
    Files.writeString(
        dir.resolve("count.drl"),
        """
        // devpulse: trusted pack
        package io.devpulse.rules.builtin;
        import io.devpulse.rules.facts.*;
        rule "test: count the rules' runs"
        when
            $i : ItemFact()
        then
            io.devpulse.app.RuleRuns.saw($i.item().key());
        end
        """);
    return Pack.load(dir);
  }
}
