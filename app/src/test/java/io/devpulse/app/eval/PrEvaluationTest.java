package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import io.devpulse.model.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrEvaluationTest {
  private static final PrTruth TRUTH =
      PrTruth.parse(
          "pr.jsonl",
          """
          {"number": 1, "topics": ["performance"], "primary": "performance", "speedup_claim": true, "compat_risk": false, "ambiguous": []}
          {"number": 2, "topics": ["docs", "performance"], "primary": "docs", "speedup_claim": false, "compat_risk": true}
          {"number": 3, "topics": [], "primary": "other", "speedup_claim": false, "compat_risk": false, "ambiguous": ["primary", "compat_risk"]}
          {"number": 4, "topics": ["low-precision"], "primary": "low-precision"}
          """);

  private static Classification predicted(
      List<String> topics, String primary, String... findingKinds) {
    List<Evidence> evidence = new ArrayList<>();
    if (!primary.isEmpty()) {
      evidence.add(Evidence.primary(primary, "primary: title tag", "title tag [x]"));
    }
    List<Finding> findings = new ArrayList<>();
    for (String kind : findingKinds) {
      findings.add(Finding.of(kind, "finding: " + kind, Map.of(), "body: 'it'"));
    }
    return new Classification(topics, Priority.NORMAL, evidence, "f", List.of(), primary, findings);
  }

  @Test
  void scoresTopicsPrimaryAccuracyAndBothFindingsLeavingAmbiguousFieldsOut() {
    PrEvaluation e =
        PrEvaluation.of(
            TRUTH,
            List.of(
                new PrEvaluation.Prediction(
                    1, "one", predicted(List.of("performance"), "performance", "speedup-claim")),
                new PrEvaluation.Prediction(
                    2, "two", predicted(List.of("docs", "performance"), "performance")),
                new PrEvaluation.Prediction(
                    3, "three", predicted(List.of("kernel"), "kernel", "compat-risk")),
                new PrEvaluation.Prediction(
                    4, "four", predicted(List.of("low-precision"), "", "speedup-claim"))));

    // 1 right; 2 said performance for docs; 3 ambiguous; 4 said none (other) for low-precision
    assertThat(e.primaryCorrect()).isEqualTo(1);
    assertThat(e.primaryScored()).isEqualTo(3);
    assertThat(e.primaryAmbiguous()).isEqualTo(1);
    assertThat(e.speedup().truePositives()).isEqualTo(1);
    assertThat(e.speedup().falsePositives()).isEqualTo(1);
    assertThat(e.compat().falseNegatives()).isEqualTo(1);
    assertThat(e.compat().falsePositives()).as("row 3's compat_risk is ambiguous").isZero();
    assertThat(e.compat().ambiguous()).isEqualTo(1);
    assertThat(e.topics().score("performance").f1()).isEqualTo(1.0);
    assertThat(e.toMarkdown())
        .contains("primary topic accuracy: **0.33** (1 of 3; 1 left out as ambiguous)")
        .contains("| speedup_claim | 0.50 | 1.00 | 0.67 | 1 | 1 | 1 | 0 |")
        .contains("| compat_risk | 0.00 | 0.00 | 0.00 | 1 | 0 | 0 | 1 |");
    assertThat(e.errorsToMarkdown(5))
        .contains("### primary: 2 wrong")
        .contains(
            "- #2 two: expected docs, predicted performance — \"primary: title tag\": title tag [x]")
        .contains("- #4 four: expected low-precision, predicted other")
        .contains(
            "- #4 four: expected false, predicted true — \"finding: speedup-claim\": body: 'it'")
        .contains("- #2 two: expected true, predicted false");
  }

  @Test
  void aPrimaryTopicThatIsNoTruthTopicCountsAsOther() {
    PrTruth truth = PrTruth.parse("t", "{\"number\": 7, \"topics\": [], \"primary\": \"other\"}\n");
    PrEvaluation e =
        PrEvaluation.of(
            truth, List.of(new PrEvaluation.Prediction(7, "", predicted(List.of("core"), "core"))));
    assertThat(e.primaryAccuracy()).isEqualTo(1.0);
  }

  @Test
  void badRowsNameFileLineAndField() {
    assertThatThrownBy(() -> PrTruth.parse("t.jsonl", "{\"number\": 1, \"topics\": [\"docs\"]}\n"))
        .hasMessage("t.jsonl:1: field 'primary': expected a topic or \"other\", found nothing");
    assertThatThrownBy(
            () ->
                PrTruth.parse(
                    "t.jsonl", "{\"number\": 1, \"topics\": [], \"primary\": \"docs\"}\n"))
        .hasMessage("t.jsonl:1: field 'primary': 'docs' is not one of the row's topics []");
    assertThatThrownBy(
            () ->
                PrTruth.parse(
                    "t.jsonl",
                    "{\"number\": 1, \"topics\": [], \"primary\": \"other\", \"speedup_claim\": \"yes\"}\n"))
        .hasMessageStartingWith("t.jsonl:1: field 'speedup_claim': expected true or false");
  }

  @Test
  void halvesSplitTheRowsByTheFixedHash() {
    int a = TRUTH.filter(Halves.A).size();
    int b = TRUTH.filter(Halves.B).size();
    assertThat(a + b).isEqualTo(4);
  }
}
