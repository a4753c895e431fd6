package io.devpulse.app;

import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rule packs for tests: the built-in one, and one with a rule that fails. */
public final class TestPacks {
  public static final RulePack BUILT_IN = RulePacks.builtIn();

  private TestPacks() {}

  /**
   * The built-in pack written to {@code dir} plus a rule named {@code "boom on <tag>"} that throws
   * on every item tagged {@code [<tag>]}: for proving that a failing rule changes nothing.
   */
  public static RulePack failingOnTag(Path dir, String tag) throws IOException {
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
    return RulePacks.load(dir);
  }
}
