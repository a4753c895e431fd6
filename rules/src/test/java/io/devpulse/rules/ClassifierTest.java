package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClassifierTest {
  static CompiledRules builtIn;
  static Classifier classifier;

  @BeforeAll
  static void compile() {
    builtIn = RuleCompiler.compile(RulePacks.builtIn());
    classifier = builtIn.newClassifier();
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  static Classification hour(int number) {
    return classifier.classify(Fixtures.hourItem(number), Fixtures.hourComments(), History.NONE);
  }

  @Test
  void hourFixture_crashWithFp8KvCacheIsHighPriorityLowPrecision() {
    Classification c = hour(30387);

    assertThat(c.topics()).contains("low-precision").doesNotContain("amd-rocm");
    assertThat(c.priority()).isEqualTo(Priority.HIGH);
    assertThat(c.evidenceFor("low-precision")).extracting(Evidence::text).contains("title: 'fp8'");
    assertThat(c.priorityReasons())
        .extracting(Evidence::text)
        .contains("title: 'illegal memory access'");
  }

  @Test
  void hourFixture_performanceDocsAndNothingAmd() {
    assertThat(hour(30386).topics()).contains("performance");
    assertThat(hour(30385).topics()).contains("performance");
    assertThat(hour(30388).topics()).contains("docs");
    assertThat(hour(30348).topics()).contains("docs");
    assertThat(hour(30388).evidenceFor("docs"))
        .extracting(Evidence::text)
        .contains("title tag [Docs]");
    for (Item i : Fixtures.hourItems()) {
      assertThat(classifier.classify(i, History.NONE).topics())
          .as("#" + i.number())
          .doesNotContain("amd-rocm");
    }
  }

  @Test
  void hourFixture_docsAreLowPriorityAndOthersNormal() {
    assertThat(hour(30388).priority()).isEqualTo(Priority.LOW);
    assertThat(hour(30386).priority()).isEqualTo(Priority.NORMAL);
  }

  @Test
  void priority_highestLevelWins() {
    Item docsSecurity =
        Fixtures.item(
            1, ItemKind.ISSUE, "[Doc] security: path traversal in the docs server", "", "someone");
    Classification c = classifier.classify(docsSecurity, History.NONE);

    assertThat(c.priority()).isEqualTo(Priority.CRITICAL);
    assertThat(c.evidence())
        .filteredOn(e -> e.kind() == Evidence.Kind.PRIORITY)
        .extracting(Evidence::label)
        .startsWith("critical")
        .endsWith("low");
  }

  @Test
  void priority_usageQuestionIsLowAndCrashingPullRequestIsNormal() {
    assertThat(
            classifier
                .classify(
                    Fixtures.item(2, ItemKind.ISSUE, "[Usage]: how to run on two GPUs", "", "u"),
                    History.NONE)
                .priority())
        .isEqualTo(Priority.LOW);
    assertThat(
            classifier
                .classify(
                    Fixtures.item(3, ItemKind.PULL_REQUEST, "Fix segfault in sampler", "", "u"),
                    History.NONE)
                .priority())
        .isEqualTo(Priority.NORMAL);
  }

  @Test
  void topics_amdEvidenceNamesFieldAndTerm() {
    Item item =
        Fixtures.item(
            4,
            ItemKind.ISSUE,
            "[Bug]: wrong results",
            "Seen on an MI300X with composable kernel.",
            "foo-amd",
            "rocm");
    Classification c = classifier.classify(item, History.NONE);

    assertThat(c.evidenceFor("amd-rocm"))
        .extracting(Evidence::text)
        .contains("body: 'MI300X', 'composable kernel'", "author login 'foo-amd'", "label 'rocm'");
  }

  @Test
  void history_untaggedPrByMostlyRocmAuthorIsAmdRocm() {
    History earlier = Fixtures.authorHistory("gpu-dev", 11, Map.of("amd-rocm", 9, "docs", 2));
    Item untagged =
        Item.builder(Fixtures.VLLM, 500, ItemKind.PULL_REQUEST)
            .title("Fix attention for large head sizes")
            .author(Actor.user("gpu-dev"))
            .createdAt(Instant.parse("2025-12-10T00:00:00Z"))
            .build();

    Classification c = classifier.classify(untagged, earlier);

    assertThat(c.topics()).contains("amd-rocm").doesNotContain("docs");
    assertThat(c.evidenceFor("amd-rocm"))
        .extracting(Evidence::text)
        .containsExactly("author: 9 of 11 earlier items amd-rocm");
    assertThat(classifier.classify(untagged, History.NONE).topics()).doesNotContain("amd-rocm");
  }

  @Test
  void bots_typeBotBotLoginsAndBotsList() {
    assertThat(classifier.isBot(new Actor("mergify", ActorType.USER))).isTrue();
    assertThat(classifier.isBot(new Actor("chatgpt-codex-connector[bot]", ActorType.USER)))
        .isTrue();
    assertThat(classifier.isBot(new Actor("some-app", ActorType.BOT))).isTrue();
    assertThat(classifier.isBot(Actor.user("markmc"))).isFalse();
    assertThat(classifier.botVerdict(Actor.user("gemini-code-assist")).reason())
        .isEqualTo("bots.txt login: gemini-code-assist");
  }

  static CompiledRules withExtraRule(String drl) {
    Map<String, String> files = new TreeMap<>(RulePacks.builtIn().files());
    files.put("extra.drl", drl);
    return RuleCompiler.compile(new RulePack("test", files));
  }

  @Test
  void throwingRuleIsReportedByNameWithTheItem() {
    CompiledRules rules =
        withExtraRule(
            """
        package t;
        import io.devpulse.rules.facts.*;
        rule "boom on docs"
        when $t : TopicHit( topic == "docs" )
        then throw new IllegalStateException("bad data");
        end
        """);
    try (Classifier c = rules.newClassifier()) {
      assertThatThrownBy(() -> c.classify(Fixtures.hourItem(30388), History.NONE))
          .isInstanceOf(RuleRuntimeException.class)
          .hasMessage(
              "rule \"boom on docs\" failed on vllm-project/vllm#30388: IllegalStateException: bad data");
      // the classifier recovers for the next item
      assertThat(c.classify(Fixtures.hourItem(30386), History.NONE).topics())
          .contains("performance");
    }
  }

  @Test
  void endlessRuleIsReportedByName() {
    CompiledRules rules =
        withExtraRule(
            """
        package t;
        import io.devpulse.rules.facts.*;
        rule "echo forever"
        when $t : TopicHit( topic == "performance" )
        then insert(new TopicHit($t.item(), "performance", "echo", $t.evidence()));
        end
        """);
    try (Classifier c = rules.newClassifier(500)) {
      assertThatThrownBy(() -> c.classify(Fixtures.hourItem(30386), History.NONE))
          .isInstanceOfSatisfying(
              RuleRuntimeException.class,
              e -> {
                assertThat(e.rules()).contains("echo forever");
                assertThat(e.itemKey()).isEqualTo("vllm-project/vllm#30386");
              })
          .hasMessageStartingWith(
              "rules fired 500 times on vllm-project/vllm#30386 without finishing (endless loop?): "
                  + "\"echo forever\"");
    }
  }

  @Test
  void classifyAllKeepsOrderAndTopicsSorted() {
    List<Classification> all = classifier.classifyAll(Fixtures.hourItems(), History.NONE);

    assertThat(all).hasSize(5);
    assertThat(all.get(2).topics()).contains("low-precision");
    assertThat(all.get(3).topics()).containsExactly("docs");
    assertThat(all).allSatisfy(c -> assertThat(c.fingerprint()).isEqualTo(builtIn.fingerprint()));
    assertThat(all).allSatisfy(c -> assertThat(c.topics()).isSorted());
  }

  @Test
  void storedTermHitsGiveTheSameClassificationWithoutMatchingTheTextAgain() {
    for (Item item : Fixtures.hourItems()) {
      Classified first = classifier.classify(item, History.NONE, null);
      Classified again = classifier.classify(item, History.NONE, first.termHits());

      assertThat(first.matched()).isTrue();
      assertThat(again.matched()).isFalse();
      assertThat(again.termHits()).isSameAs(first.termHits());
      assertThat(again.classification())
          .isEqualTo(first.classification())
          .isEqualTo(classifier.classify(item, History.NONE));
    }
  }

  @Test
  void termHitsOfOtherTermListsAreMatchedAgain() {
    Item item = Fixtures.hourItems().get(0);
    byte[] stored = classifier.classify(item, History.NONE, null).termHits();
    CompiledRules edited =
        RuleCompiler.compile(
            RuleCompilerTest.builtInWith("terms/topics/tpu.txt", "word: tpu\n"), builtIn);

    try (Classifier other = edited.newClassifier()) {
      Classified c = other.classify(item, History.NONE, stored);

      assertThat(c.matched()).isTrue();
      assertThat(c.termHits()).isNotEqualTo(stored);
      assertThat(c.classification()).isEqualTo(other.classify(item, History.NONE));
    }
  }
}
