package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Classification;
import io.devpulse.model.ItemKind;
import io.devpulse.rules.facts.AuthorHistory;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryRulesTest {
  private static final String RULES =
      """
      package t;
      import io.devpulse.rules.facts.*;
      rule "content"
      when $i : ItemFact( title matches ".*(?i)docs.*" )
      then insert(new TopicHit($i, "docs", drools.getRule().getName(), "title"));
      end
      rule "author"
      when
          $i : ItemFact()
          $a : AuthorHistory( items >= 1 )
          $t : String() from $a.topics()
      then insert(new TopicHit($i, $t, drools.getRule().getName(), $a.evidence($t)));
      end
      rule "no label history"
      when
          $i : ItemFact()
          not LabelHistory()
      then insert(new PriorityHit($i, io.devpulse.model.Priority.LOW, drools.getRule().getName(), "none"));
      end
      rule "label by accumulate"
      when
          $i : ItemFact()
          $n : Number( intValue > 0 ) from accumulate( LabelHistory( $c : items ), sum( $c ) )
      then insert(new TopicHit($i, "ci-build", drools.getRule().getName(), "labels"));
      end
      """;

  @Test
  void findsTheRulesWhoseConditionsMatchHistoryFactsAnywhere() {
    CompiledRules rules = RuleCompiler.compile(RuleCompilerTest.builtInWith("t.drl", RULES));

    assertThat(rules.historyRules())
        .contains(
            "author",
            "no label history",
            "label by accumulate",
            "topic: author's earlier work",
            "topic: label's earlier items");
    assertThat(rules.historyRules()).doesNotContain("content", "topic: title tag");
  }

  @Test
  void aTopicOnlyHistoryRulesGaveIsInferredAndLeftOutOfOwnTopics() {
    CompiledRules rules = RuleCompiler.compile(RuleCompilerTest.builtInWith("t.drl", RULES));
    History authorDidDocs =
        (login, before) -> Optional.of(new AuthorHistory(login, 4, Map.of("docs", 4, "kernel", 4)));
    try (Classifier c = rules.newClassifier()) {
      Classification docs =
          c.classify(
              Fixtures.item(1, ItemKind.PULL_REQUEST, "Fix docs typo", "", "someone"),
              authorDidDocs);
      Classification other =
          c.classify(
              Fixtures.item(2, ItemKind.PULL_REQUEST, "Refactor scheduler", "", "someone"),
              authorDidDocs);

      assertThat(docs.topics()).contains("docs", "kernel");
      assertThat(docs.inferred()).contains("kernel").doesNotContain("docs");
      assertThat(docs.ownTopics()).contains("docs").doesNotContain("kernel");
      assertThat(other.inferred()).contains("docs", "kernel");
      assertThat(other.ownTopics()).doesNotContain("docs", "kernel");
    }
  }
}
