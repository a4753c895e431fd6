package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack on the subject truth (300 labelled vLLM pull requests; see {@link
 * SubjectEval}): F1 floors a little under the scores measured, so a pack change that makes a topic
 * worse fails the build. Measured (whole set) after the single-item fits were taken out of the pack
 * (2026-12-07): full titles amd-rocm 1.00, docs 0.98, low-precision 1.00, performance 0.90; tags
 * stripped amd-rocm 0.82, docs 0.89, low-precision 1.00, performance 0.78. These rows were used to
 * tune the pack (both halves), so the floors guard against regressions, not overfitting;
 * docs/RULES.md gives the held-out figures.
 */
class SubjectTruthFloorsTest {
  static Map<SubjectEval.Titles, SubjectEval.Run> runs;
  static SubjectTruth truth;

  @BeforeAll
  static void classify() {
    runs = SubjectEval.run(SubjectEval.builtIn());
    truth = SubjectEval.truth();
  }

  @Test
  void theTruthIsThe300Rows() {
    assertThat(truth.size()).isEqualTo(300);
    assertThat(truth.topics()).containsExactlyElementsOf(SubjectEval.TOPICS);
    assertThat(truth.filter(SubjectEval.HALF_A).size() + truth.filter(SubjectEval.HALF_B).size())
        .isEqualTo(300);
  }

  @Test
  void fullTitles() {
    Evaluation e = runs.get(SubjectEval.Titles.FULL).evaluate(truth);

    assertThat(e.score("amd-rocm").f1()).isGreaterThan(0.95);
    assertThat(e.score("docs").f1()).isGreaterThan(0.93);
    assertThat(e.score("low-precision").f1()).isGreaterThan(0.95);
    assertThat(e.score("performance").f1()).isGreaterThan(0.88);
  }

  @Test
  void titlesWithoutTags() {
    Evaluation e = runs.get(SubjectEval.Titles.STRIPPED).evaluate(truth);

    assertThat(e.score("amd-rocm").f1()).isGreaterThan(0.80);
    assertThat(e.score("docs").f1()).isGreaterThan(0.87);
    assertThat(e.score("low-precision").f1()).isGreaterThan(0.97);
    assertThat(e.score("performance").f1())
        .isGreaterThan(0.75); // 0.78 since the single-item terms left
  }

  @Test
  void bothHalves() {
    // The performance rules were tuned on half A, then on half B as well, so neither half is held
    // out: these
    // floors only keep one half from being given up for the other. Since the single-item terms left
    // the pack
    // (dtoh, fast path, the guard veto, ...) performance is 0.93 / 0.87 (full) and 0.87 / 0.69
    // (stripped) on
    // halves A / B; the stripped floor of half B went from 0.70 to 0.65 with them, as those terms
    // had
    // lifted exactly the rows they were written for.
    for (var half : Map.of("A", SubjectEval.HALF_A, "B", SubjectEval.HALF_B).entrySet()) {
      SubjectTruth t = truth.filter(half.getValue());
      assertThat(runs.get(SubjectEval.Titles.FULL).evaluate(t).score("performance").f1())
          .as(half.getKey())
          .isGreaterThan(0.85);
      assertThat(runs.get(SubjectEval.Titles.STRIPPED).evaluate(t).score("performance").f1())
          .as(half.getKey())
          .isGreaterThan(0.65);
    }
    // amd-rocm with tags stripped: 0.89 on half A, 0.77 on half B
    assertThat(
            runs.get(SubjectEval.Titles.STRIPPED)
                .evaluate(truth.filter(SubjectEval.HALF_A))
                .score("amd-rocm")
                .f1())
        .as("A")
        .isGreaterThan(0.85);
    assertThat(
            runs.get(SubjectEval.Titles.STRIPPED)
                .evaluate(truth.filter(SubjectEval.HALF_B))
                .score("amd-rocm")
                .f1())
        .as("B")
        .isGreaterThan(0.75);
  }
}
