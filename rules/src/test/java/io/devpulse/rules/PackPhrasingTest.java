package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.PackMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackPhrasingTest {
  private static final CompiledRules BUILT_IN = RuleCompiler.compile(RulePacks.builtIn());

  @Test
  void theBuiltInPackPhrasesEveryRuleTopicPriorityAndFindingInBothLanguages() {
    assertThat(PackPhrasing.missing(BUILT_IN)).isEmpty();
    assertThat(PackPhrasing.messages(BUILT_IN.pack()).badPatterns()).isEmpty();
    PackMessages messages = PackPhrasing.messages(BUILT_IN.pack());
    for (String kind : List.of("speedup-claim", "compat-risk", "regression", "crash-fix")) {
      assertThat(messages.has("en", "finding." + kind)).as(kind).isTrue();
      assertThat(messages.has("zh", "finding." + kind)).as(kind).isTrue();
    }
    assertThat(
            messages.format(
                "zh",
                "finding.compat-risk",
                Map.of("surface_key", "interface", "name", "_model_forward")))
        .hasValue("修改了 _model_forward，插件或树外（out-of-tree）后端实现的接口可能受影响");
    assertThat(
            messages.format(
                "en",
                "finding.speedup-claim",
                Map.of("amount", "1.3x", "amount_key", "1_3x", "metric", "", "metric_key", "none")))
        .hasValue("claims a speed-up of 1.3x");
    assertThat(
            messages.format(
                "en",
                "finding.regression",
                Map.of("good", "", "good_key", "none", "bad", "0.11.1", "bad_key", "0_11_1")))
        .hasValue("broken in 0.11.1");
  }

  @Test
  void aRuleATopicOrAFindingWithoutAMessageIsNamedPerLanguage() {
    Map<String, String> files = new TreeMap<>(RulePacks.builtIn().files());
    files.put(
        "extra.drl",
        """
        package io.devpulse.rules.builtin;
        import io.devpulse.rules.facts.*;
        rule "topic: new rule"
        when
            $i : ItemFact( hasTag("x") )
        then
        end
        """);
    files.put("terms/topics/new-topic.txt", "word: newtopicword\n");
    files.put(
        "messages_zh.properties",
        files.get("messages_zh.properties").replace("topic.docs=文档\n", ""));
    CompiledRules rules = RuleCompiler.compile(new RulePack("test", files));

    assertThat(PackPhrasing.missing(rules).stream().map(Object::toString))
        .containsExactly(
            "messages_en.properties: rule.topic-new-rule (rule \"topic: new rule\")",
            "messages_en.properties: topic.new-topic (topic new-topic)",
            "messages_zh.properties: rule.topic-new-rule (rule \"topic: new rule\")",
            "messages_zh.properties: topic.docs (topic docs)",
            "messages_zh.properties: topic.new-topic (topic new-topic)");
  }

  @Test
  void findingKindsAreTheFirstKindLikeLiteralOfEachFindingHitInsertion() {
    Map<String, String> files = new TreeMap<>();
    files.put(
        "findings.drl",
        """
        rule "a" when then insert(new FindingHit($i, "compat-risk", drools.getRule().getName(),
            Map.of("surface", "interface"))); end
        rule "b" when then insert(new FindingHit( $i , "speedup-claim", "x")); end
        // a comment naming FindingHit without a call
        """);
    assertThat(PackPhrasing.findingKinds(new RulePack("test", files)))
        .containsExactly("compat-risk", "speedup-claim");
  }

  @Test
  void messagesAreCopiedByRulesInitAndLoadedFromAFolderButNoPartOfTheFingerprint(@TempDir Path dir)
      throws Exception {
    assertThat(RulePacks.writeBuiltIn(dir, false))
        .contains("messages_en.properties", "messages_zh.properties");
    Path zh = dir.resolve("messages_zh.properties");
    Files.writeString(zh, Files.readString(zh) + "topic.docs=说明文档\n");

    RulePack pack = RulePacks.load(dir);

    assertThat(PackPhrasing.messages(pack).format("zh", "topic.docs", Map.of())).hasValue("说明文档");
    assertThat(pack.fingerprint()).isEqualTo(RulePacks.builtIn().fingerprint());
  }
}
