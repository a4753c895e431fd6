package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import io.devpulse.model.ItemKind;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in primary topic and findings on invented pull requests and issues written from the
 * definitions of PR-GUIDE.md (none copied from the labelled data): which topic is primary and why,
 * and each finding kind with its values and evidence.
 */
class BuiltInFindingRulesTest {
  static Classifier classifier;

  @BeforeAll
  static void compile() {
    classifier = RuleCompiler.compile(RulePacks.builtIn()).newClassifier();
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  static Classification pr(String title, String body, String... labels) {
    return classifier.classify(
        Fixtures.item(1, ItemKind.PULL_REQUEST, title, body, "someone", labels), History.NONE);
  }

  static Classification issue(String title, String body, String... labels) {
    return classifier.classify(
        Fixtures.item(2, ItemKind.ISSUE, title, body, "someone", labels), History.NONE);
  }

  @Test
  void aTitleTagOutranksATitleTermAndTheTitleOutranksTheDescription() {
    Classification c =
        pr(
            "[ROCm] Enable the fp8 GEMM on MI300X",
            "The image and video paths are untouched; multimodal models keep working.");
    assertThat(c.topics()).contains("amd-rocm", "low-precision", "multimodal");
    assertThat(c.primaryTopic()).contains("amd-rocm");
    assertThat(c.primaryEvidence()).extracting(Evidence::rule).containsOnly("primary: title tag");
  }

  @Test
  void aTitleTermOutranksALabelAndTheDescription() {
    Classification c =
        pr(
            "Speed up the fp8 block GEMM",
            "Uses a new tiling for the image encoder and the video encoder.",
            "documentation");
    assertThat(c.primaryTopic()).contains("performance");
    assertThat(c.primaryEvidence().getFirst().label()).isEqualTo("performance");
  }

  @Test
  void anItemWithoutTopicsHasNoPrimaryTopic() {
    Classification c = pr("Tidy up the request bookkeeping", "Moves code around.");
    assertThat(c.primaryTopic()).isEmpty();
    assertThat(c.primaryEvidence()).isEmpty();
  }

  @Test
  void aMeasuredSpeedupIsAClaimWithItsNumberAndMetric() {
    Classification c =
        pr(
            "[Perf] Fuse the norm into the quant kernel",
            "This removes one kernel launch per layer. Output throughput is 12% higher on H100.");
    Finding f = c.findings("speedup-claim").getFirst();
    assertThat(f.values()).isEqualTo(Map.of("amount", "12%", "metric", "throughput"));
    assertThat(f.rule()).isEqualTo("finding: measured speed-up");
    assertThat(f.evidence().text()).isEqualTo("body: 'Output throughput is 12% higher on H100.'");
  }

  @Test
  void benchmarkOutputPastedAsCodeIsAClaimButOnlyBesideWordsOfAGain() {
    String body =
        """
        This makes the sampler faster.

        ```
        With the fused kernel
        Throughput: 6.47 requests/s, 13159.90 total tokens/s, 6468.73 output tokens/s
        ```
        """;
    Finding f = pr("Use the fused sampling kernel", body).findings("speedup-claim").getFirst();
    assertThat(f.rule()).isEqualTo("finding: benchmark output in a code block");
    assertThat(f.values()).isEqualTo(Map.of("amount", "", "metric", "throughput"));
    assertThat(f.evidence().text())
        .startsWith("code block: 'With the fused kernel Throughput: 6.47 requests/s");
    // no word of a gain in the prose, one rate only, or accuracy output: no claim
    assertThat(pr("Use the fused sampling kernel", body.replace("faster", "simpler")).findings())
        .isEmpty();
    assertThat(
            pr(
                    "Use the fused sampling kernel",
                    "This makes the sampler faster.\n\n```\nThroughput: 6.47 requests/s\n```\n")
                .findings())
        .isEmpty();
    assertThat(
            pr(
                    "Use the fused sampling kernel",
                    "This makes it faster.\n\n```\ngsm8k 0.81 (tok/s): 12.1, 13.2 tok/s\n```\n")
                .findings())
        .isEmpty();
  }

  @Test
  void aDocsPullRequestNamingMetricsOrALowPrecisionMemorySavingIsNoPerformanceWork() {
    String metrics = "Documents the latency and throughput benchmarks.";
    assertThat(pr("[Docs] Document the bench subcommands", metrics).topics())
        .contains("docs")
        .doesNotContain("performance");
    assertThat(pr("Document the bench subcommands", metrics).topics()).contains("performance");

    String saving = "The FP8 cache saves 2 GB of memory.";
    Classification format = pr("Support an fp8 KV cache", saving);
    assertThat(format.hasFinding("speedup-claim")).isTrue();
    assertThat(format.topics()).contains("low-precision").doesNotContain("performance");
    assertThat(pr("Trim the KV cache", saving).topics()).contains("performance");
  }

  @Test
  void aPlanWithoutANumberOrAnAccuracyFigureIsNoClaim() {
    assertThat(pr("[Perf] Faster sampler", "This should make sampling faster.").findings())
        .isEmpty();
    assertThat(
            pr("[Perf] Faster sampler", "gsm8k accuracy is 2% higher than before.")
                .hasFinding("speedup-claim"))
        .isFalse();
  }

  @Test
  void removingAnEnvironmentVariableIsACompatibilityRiskNamingIt() {
    Classification c =
        pr(
            "[Misc] Clean up old settings",
            "This removes the `VLLM_OLD_SWITCH` environment variable, deprecated two releases ago.");
    Finding f = c.findings("compat-risk").getFirst();
    assertThat(f.value("surface")).isIn("env-var", "deprecation");
    assertThat(c.findings("compat-risk")).hasSize(1);
    assertThat(f.evidence().text()).startsWith("body: 'This removes the `VLLM_OLD_SWITCH`");
  }

  @Test
  void renamingACliFlagOrChangingADefaultIsACompatibilityRisk() {
    assertThat(
            pr("Rename --foo-size to --bar-size", "").findings("compat-risk").getFirst().values())
        .isEqualTo(Map.of("surface", "cli-flag", "name", "--foo-size"));
    assertThat(
            pr("Change the default of the chunked prefill size", "")
                .findings("compat-risk")
                .getFirst()
                .value("surface"))
        .isEqualTo("default");
  }

  @Test
  void anInternalRefactorOrATestChangeIsNoCompatibilityRisk() {
    assertThat(pr("Remove unused helper in the scheduler", "").hasFinding("compat-risk")).isFalse();
    assertThat(pr("Rename the test flags in CI", "").hasFinding("compat-risk")).isFalse();
  }

  @Test
  void anIssueNamingAWorkingAndABrokenVersionIsARegression() {
    Classification c =
        issue(
            "[Bug]: Qwen2.5 output broken after upgrade from 0.8.4 to 0.8.5",
            "It used to work.",
            "bug");
    assertThat(c.findings("regression").getFirst().values())
        .isEqualTo(Map.of("good", "0.8.4", "bad", "0.8.5"));
  }

  @Test
  void aPullRequestFixingANamedCrashIsACrashFix() {
    Classification c = pr("[Bugfix] Fix illegal memory access in the fp8 KV cache", "");
    assertThat(c.findings("crash-fix").getFirst().values())
        .isEqualTo(Map.of("crash", "illegal memory access"));
    assertThat(pr("Add illegal memory access checks to the docs", "").hasFinding("crash-fix"))
        .isFalse();
  }
}
