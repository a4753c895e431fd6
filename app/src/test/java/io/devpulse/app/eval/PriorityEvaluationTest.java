package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Evidence;
import io.devpulse.model.Priority;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriorityEvaluationTest {
  private static PriorityTruth.Row row(int n, Priority p, boolean ambiguous) {
    return new PriorityTruth.Row(n, p, ambiguous, 0);
  }

  private static PriorityEvaluation.Prediction pred(int n, Priority p, String rule) {
    return new PriorityEvaluation.Prediction(
        n,
        "item " + n,
        p,
        rule == null
            ? List.of()
            : List.of(new Evidence(Evidence.Kind.PRIORITY, p.key(), rule, "title: 'x'")));
  }

  static final PriorityTruth TRUTH =
      PriorityTruth.of(
          "t",
          List.of(
              row(1, Priority.CRITICAL, false),
              row(2, Priority.HIGH, false),
              row(3, Priority.HIGH, false),
              row(4, Priority.NORMAL, false),
              row(5, Priority.NORMAL, false),
              row(6, Priority.LOW, false),
              row(7, Priority.LOW, true),
              row(8, Priority.LOW, false)));

  static final PriorityEvaluation E =
      PriorityEvaluation.of(
          TRUTH,
          List.of(
              pred(1, Priority.HIGH, "crash"),
              pred(2, Priority.HIGH, "crash"),
              pred(3, Priority.NORMAL, null),
              pred(4, Priority.HIGH, "crash"),
              pred(5, Priority.NORMAL, null),
              pred(6, Priority.LOW, "usage"),
              pred(7, Priority.CRITICAL, "security")));

  @Test
  void countsLevelsLeavingAmbiguousRowsOutAndMissingPredictionsAsNormal() {
    assertThat(E.scored()).isEqualTo(7);
    assertThat(E.ambiguous()).isEqualTo(1);
    assertThat(E.count(Priority.LOW, Priority.NORMAL)).as("#8 has no prediction").isEqualTo(1);
    assertThat(E.exact()).isEqualTo(3);
    assertThat(E.accuracy()).isEqualTo(3 / 7.0);
  }

  @Test
  void scoresNeedsAttentionCriticalAndTheRoutineItemsRaised() {
    // needs attention: truth {1,2,3}, predicted {1,2,4}
    assertThat(E.needsAttention())
        .extracting("truePositives", "falsePositives", "falseNegatives")
        .containsExactly(2, 1, 1);
    assertThat(E.critical())
        .extracting("truePositives", "falsePositives", "falseNegatives")
        .containsExactly(0, 0, 1);
    assertThat(E.routine()).isEqualTo(4);
    assertThat(E.raised()).isEqualTo(1);
    assertThat(E.raisedShare()).isEqualTo(0.25);
  }

  @Test
  void rendersTheScoresAndTheConfusionMatrix() {
    assertThat(E.toMarkdown())
        .contains("| needs attention (critical or high) | 0.67 | 0.67 | 0.67 | 3 | 2 | 1 | 1 |")
        .contains("| critical | 0.00 | 0.00 | 0.00 | 1 | 0 | 0 | 1 |")
        .contains(
            "exact level: 0.43 (3 of 7); labelled low or normal raised to high or critical: 0.25 (1 of 4);"
                + " 1 ambiguous rows left out")
        .contains("| labelled \\ predicted | critical | high | normal | low |")
        .contains("| high | 0 | 1 | 1 | 0 |");
  }

  @Test
  void listsTheWrongLevelsByPairWithTheRulesReasons() {
    assertThat(E.errorsToMarkdown(5))
        .isEqualTo(
            """
        ### labelled critical, predicted high: 1 item

        - #1 item 1 — "crash": title: 'x'

        ### labelled high, predicted normal: 1 item

        - #3 item 3 — no rule fired

        ### normal, predicted high: 1 item
        """
                    .replace("### normal", "### labelled normal")
                + """

        - #4 item 4 — "crash": title: 'x'

        ### labelled low, predicted normal: 1 item

        - #8 — no rule fired
        """);
    assertThat(E.errorsToMarkdown(0))
        .contains("### labelled high, predicted normal: 1 item")
        .contains("- ... and 1 more")
        .doesNotContain("#3");
  }
}
