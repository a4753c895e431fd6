package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.devpulse.model.UserErrorException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {
  static RulePack builtInWith(String name, String text) {
    Map<String, String> files = new TreeMap<>(RulePacks.builtIn().files());
    files.put(name, text);
    return new RulePack("test", files);
  }

  @Test
  void builtInPackCompiles() {
    CompiledRules rules = RuleCompiler.compile(RulePacks.builtIn());

    assertThat(rules.topics())
        .contains(
            "amd-rocm",
            "docs",
            "low-precision",
            "performance",
            "ci-build",
            "model-support",
            "multimodal",
            "speculative-decoding",
            "distributed",
            "frontend",
            "kernel",
            "core");
    assertThat(rules.ruleNames())
        .contains(
            "topic: title tag",
            "priority: hard fault in a bug report",
            "bot: listed in bots.txt",
            "topic: author's earlier work");
    assertThat(rules.fingerprint()).isEqualTo(RulePacks.builtIn().fingerprint());
  }

  @Test
  void aTermListEditReusesTheRuleBaseOfTheSameDrlAndClassifiesWithTheNewTerms() {
    CompiledRules before = RuleCompiler.compile(RulePacks.builtIn());
    RulePack edited = builtInWith("terms/topics/tpu.txt", "word: tpu\n");

    CompiledRules after = RuleCompiler.compile(edited, before);

    assertThat(edited.drlFingerprint()).isEqualTo(RulePacks.builtIn().drlFingerprint());
    assertThat(edited.fingerprint()).isNotEqualTo(RulePacks.builtIn().fingerprint());
    assertThat(after.kieBase()).isSameAs(before.kieBase());
    assertThat(after.topics()).contains("tpu");
    var item =
        Fixtures.item(
            1, io.devpulse.model.ItemKind.PULL_REQUEST, "Faster TPU sampling", "", "someone");
    try (Classifier c = after.newClassifier()) {
      assertThat(c.classify(item, History.NONE).topics()).contains("tpu");
    }
    RulePack drlEdit = builtInWith("extra.drl", "package t;\n");
    assertThat(RuleCompiler.compile(drlEdit, before).kieBase()).isNotSameAs(before.kieBase());
  }

  @Test
  void syntaxErrorIsReportedWithFileLineColumnAndWithoutFollowUpNoise() {
    RulePack pack =
        builtInWith(
            "bad.drl",
            """
        package t;
        import io.devpulse.rules.facts.*;
        rule "extra paren"
        when
            $h : TermHit( topic ))
        then
        end
        """);

    RuleCompileException e =
        catchThrowableOfType(RuleCompileException.class, () -> RuleCompiler.compile(pack));

    assertThat(e).isInstanceOf(UserErrorException.class);
    assertThat(e.problems()).hasSize(1);
    RuleProblem p = e.problems().get(0);
    assertThat(p.file()).isEqualTo("bad.drl");
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(26);
    assertThat(p.message()).doesNotContain("Parser returned a null Package");
    assertThat(e.getMessage())
        .startsWith(
            "rules (test) did not compile: 1 error" + System.lineSeparator() + "bad.drl:5:26: ");
  }

  @Test
  void unknownFactTypeAndMethodAreReportedOnTheirLines() {
    RulePack pack =
        builtInWith(
            "unknown.drl",
            """
        package t;
        import io.devpulse.rules.facts.*;
        rule "no such type"
        when
            NoSuchFact( )
        then
        end
        rule "no such method"
        when
            $i : ItemFact( titleHasss("rocm") )
        then
        end
        """);

    RuleCompileException e =
        catchThrowableOfType(RuleCompileException.class, () -> RuleCompiler.compile(pack));

    assertThat(e.problems())
        .extracting(RuleProblem::file, RuleProblem::line, RuleProblem::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple("unknown.drl", 5, 5),
            org.assertj.core.groups.Tuple.tuple("unknown.drl", 10, 20));
  }

  @Test
  void termFileErrorsHaveTheSameShapeAndStopTheCompile() {
    RulePack pack =
        builtInWith("terms/topics/broken.txt", "# ok\nword: a, , b\nregex: fp(8\nsynonym: x\n");

    RuleCompileException e =
        catchThrowableOfType(RuleCompileException.class, () -> RuleCompiler.compile(pack));

    assertThat(e.problems())
        .extracting(RuleProblem::toString)
        .containsExactly(
            "terms/topics/broken.txt:2:10: empty term in word: list",
            "terms/topics/broken.txt:3:8: bad regex: missing closing )",
            "terms/topics/broken.txt:4:1: unknown kind 'synonym' (kinds: tag, word, phrase, regex, label, login, "
                + "login-prefix, login-suffix, path)");
  }

  @Test
  void aFocusTopicWithoutATopicListIsAnError() {
    RulePack pack = builtInWith("pack.properties", "# focus\nfocus-topic = tpu\n");

    RuleCompileException e =
        catchThrowableOfType(RuleCompileException.class, () -> RuleCompiler.compile(pack));

    assertThat(e.problems())
        .extracting(RuleProblem::toString)
        .containsExactly(
            "pack.properties:2:1: focus-topic 'tpu' is not a topic of the pack (no terms/topics/tpu.txt)");
    Map<String, String> files = new TreeMap<>(pack.files());
    files.put("terms/topics/tpu.txt", "word: tpu\n");
    assertThat(RuleCompiler.compile(new RulePack("test", files)).topics()).contains("tpu");
  }

  @Test
  void aReviewWaitThatIsNotALengthIsAnErrorNamingFileLineAndKey() {
    for (String bad : new String[] {"2 days", "0h", "99999w"}) {
      RulePack pack =
          builtInWith(
              "pack.properties",
              "focus-topic = amd-rocm\n# how long a review may wait\nattention.review-wait = "
                  + bad
                  + "\n");

      RuleCompileException e =
          catchThrowableOfType(RuleCompileException.class, () -> RuleCompiler.compile(pack));

      assertThat(e.problems())
          .extracting(RuleProblem::toString)
          .containsExactly(
              "pack.properties:3:1: attention.review-wait '"
                  + bad
                  + "' must be a length like 90m, 48h or 3d, at most 3650 days");
    }
    assertThat(
            RuleCompiler.compile(
                    builtInWith(
                        "pack.properties", "focus-topic = amd-rocm\nattention.review-wait = 3d\n"))
                .topics())
        .contains("amd-rocm");
  }

  @Test
  void duplicateListNamesAreAnError() {
    RulePack pack = builtInWith("terms/docs.txt", "word: x\n");

    RuleCompileException e =
        catchThrowableOfType(RuleCompileException.class, () -> RuleCompiler.compile(pack));

    assertThat(e.problems())
        .extracting(RuleProblem::toString)
        .containsExactly(
            "terms/topics/docs.txt:0:0: term list 'docs' is also defined by terms/docs.txt");
  }
}
