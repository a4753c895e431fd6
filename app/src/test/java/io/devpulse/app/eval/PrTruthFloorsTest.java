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
 * The built-in pack on the pull-request truth (150 labelled vLLM pull requests, {@code
 * data/vllm-pr-dev.jsonl}, a copy of the shared data; the items from {@code
 * data/vllm-pr-dev-items.jsonl.gz} imported into an index, then scored as {@code devpulse rules
 * eval --truth vllm-pr-dev.jsonl --halves} does). Floors a little under the figures measured
 * (2026-12-07), so a pack change that makes the primary topic or the findings worse fails the build
 * (docs/RULES.md, "Evaluation on the pull-request truth").
 *
 * <p>Measured: whole set primary 0.93, speedup_claim F1 0.93, compat_risk F1 0.94; half A 0.91 /
 * 0.95 / 1.00; half B 0.95 / 0.90 / 0.87; topics amd-rocm 0.97, docs 0.92, low-precision 0.95,
 * performance 0.91 (half A 0.88, half B 0.95).
 */
class PrTruthFloorsTest {
  @TempDir static Path tmp;
  static EvaluateRules.PrResult result;

  @BeforeAll
  static void importAndScore() throws Exception {
    Path index = tmp.resolve("index");
    new ImportFiles(TestApp.APP)
        .run(
            new ImportFiles.Request(
                index,
                List.of(data("vllm-pr-dev-items.jsonl.gz")),
                ReadOptions.defaults(),
                TestPacks.BUILT_IN));
    result =
        new EvaluateRules(TestApp.APP)
            .runPr(
                new EvaluateRules.Request(
                    index,
                    TestPacks.BUILT_IN,
                    data("vllm-pr-dev.jsonl"),
                    false,
                    false,
                    false,
                    null));
  }

  static Path data(String name) throws URISyntaxException {
    return Path.of(PrTruthFloorsTest.class.getResource("/data/" + name).toURI());
  }

  @Test
  void theTruthIsThe150PullRequests() throws Exception {
    assertThat(EvaluateRules.isPrTruth(data("vllm-pr-dev.jsonl"))).isTrue();
    assertThat(EvaluateRules.isPriorityTruth(data("vllm-pr-dev.jsonl"))).isFalse();
    assertThat(result.evaluated()).isEqualTo(150);
    assertThat(result.missing()).isZero();
    assertThat(result.evaluation().primaryScored() + result.evaluation().primaryAmbiguous())
        .isEqualTo(150);
  }

  @Test
  void wholeSet() {
    PrEvaluation e = result.evaluation();

    assertThat(e.primaryAccuracy()).isGreaterThan(0.91);
    assertThat(e.speedup().f1()).isGreaterThan(0.91);
    assertThat(e.compat().f1()).isGreaterThan(0.92);
    assertThat(e.topics().score("amd-rocm").f1()).isGreaterThan(0.95);
    assertThat(e.topics().score("low-precision").f1()).isGreaterThan(0.93);
    assertThat(e.topics().score("performance").f1()).isGreaterThan(0.89);
    assertThat(e.topics().score("docs").f1()).isGreaterThan(0.90);
  }

  @Test
  void bothHalves() {
    assertThat(result.halfA().primaryAccuracy()).isGreaterThan(0.88);
    assertThat(result.halfB().primaryAccuracy()).isGreaterThan(0.93);
    assertThat(result.halfA().speedup().f1()).isGreaterThan(0.93);
    assertThat(result.halfB().speedup().f1()).isGreaterThan(0.88);
    assertThat(result.halfA().compat().f1()).isGreaterThan(0.98);
    assertThat(result.halfB().compat().f1()).isGreaterThan(0.85);
    assertThat(result.halfA().topics().score("performance").f1()).isGreaterThan(0.86);
    assertThat(result.halfB().topics().score("performance").f1()).isGreaterThan(0.93);
  }
}
