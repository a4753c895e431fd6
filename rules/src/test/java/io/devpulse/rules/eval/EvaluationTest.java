package io.devpulse.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluationTest {
  @Test
  void perTopicAndMicroScores() {
    Map<Integer, Set<String>> truth = Map.of(1, Set.of("a"), 2, Set.of("a", "b"), 3, Set.of());
    Map<Integer, Set<String>> predicted = Map.of(1, Set.of("a"), 3, Set.of("a", "b"));

    Evaluation e = Evaluation.of(truth, predicted, Set.of("a", "b"));

    assertThat(e.score("a")).extracting(Evaluation.Score::truePositives, Evaluation.Score::falsePositives,
        Evaluation.Score::falseNegatives).containsExactly(1, 1, 1);
    assertThat(e.score("a").f1()).isCloseTo(0.5, within(1e-9));
    assertThat(e.score("b").f1()).isZero();
    assertThat(e.micro().precision()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(e.toMarkdown()).contains("| a | 0.50 | 0.50 | 0.50 | 2 | 1 | 1 | 1 |");
  }
}
