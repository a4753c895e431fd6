package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.EvaluateRules;
import io.devpulse.app.ImportFiles;
import io.devpulse.app.TestApp;
import io.devpulse.app.TestPacks;
import io.devpulse.github.ReadOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in pack on the priority truth (260 labelled vLLM issues, {@code
 * data/vllm-priority-dev.jsonl}; the items imported from {@code
 * data/vllm-priority-dev-items.jsonl.gz} into an index, then scored as {@code devpulse rules eval
 * --truth vllm-priority-dev.jsonl --halves} does). Floors a little under the figures measured
 * (2026-12-07), so a pack change that makes priority worse fails the build. The pack was tuned on
 * half A, then (round 3) on half B, then (round 4) on half A again: which figure is held out is in
 * docs/RULES.md.
 *
 * <p>Measured: whole set exact 0.87, needs attention P 0.81 R 0.86 F1 0.83, raised 6% (10 of 181);
 * half A exact 0.91, F1 0.88; half B (held out in round 4) exact 0.83, F1 0.79. After round 3:
 * whole 0.83 / 0.80, half A 0.86 / 0.83, half B 0.81 / 0.78. Before rounds 2 and 3: whole 0.78 /
 * 0.68, half A 0.82 / 0.77, half B 0.75 / 0.59. The built-in pack before (a crash word in title or
 * body made a bug report high): exact 0.70, F1 0.53, raised 8%; half A 0.64 / 0.37, half B 0.75 /
 * 0.70.
 */
class PriorityTruthFloorsTest {
  @TempDir static Path tmp;
  static EvaluateRules.PriorityResult result;

  @BeforeAll
  static void importAndScore() throws Exception {
    Path index = tmp.resolve("index");
    new ImportFiles(TestApp.APP)
        .run(
            new ImportFiles.Request(
                index,
                List.of(data("vllm-priority-dev-items.jsonl.gz")),
                ReadOptions.defaults(),
                TestPacks.BUILT_IN));
    result =
        new EvaluateRules(TestApp.APP)
            .runPriority(
                new EvaluateRules.Request(
                    index,
                    TestPacks.BUILT_IN,
                    data("vllm-priority-dev.jsonl"),
                    false,
                    false,
                    false,
                    null));
  }

  static Path data(String name) throws URISyntaxException {
    return Path.of(PriorityTruthFloorsTest.class.getResource("/data/" + name).toURI());
  }

  @Test
  void theTruthIsThe260IssuesWith30AmbiguousLeftOut() throws Exception {
    assertThat(EvaluateRules.isPriorityTruth(data("vllm-priority-dev.jsonl"))).isTrue();
    assertThat(result.evaluated()).isEqualTo(260);
    assertThat(result.missing()).isZero();
    assertThat(result.evaluation().scored()).isEqualTo(230);
    assertThat(result.evaluation().ambiguous()).isEqualTo(30);
    assertThat(result.halfA().scored() + result.halfB().scored()).isEqualTo(230);
  }

  @Test
  void wholeSet() {
    PriorityEvaluation e = result.evaluation();

    assertThat(e.accuracy()).isGreaterThan(0.85);
    assertThat(e.needsAttention().f1()).isGreaterThan(0.81);
    assertThat(e.needsAttention().precision()).isGreaterThan(0.79);
    assertThat(e.raisedShare()).isLessThan(0.06);
  }

  @Test
  void bothHalves() {
    // Tuned on both halves in turn: these floors keep one half from being bought with the other,
    // not overfitting from being reported.
    assertThat(result.halfA().accuracy()).isGreaterThan(0.89);
    assertThat(result.halfA().needsAttention().f1()).isGreaterThan(0.86);
    assertThat(result.halfB().accuracy()).isGreaterThan(0.81);
    assertThat(result.halfB().needsAttention().f1()).isGreaterThan(0.77);
  }
}
