package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in pack's topic rules one by one, on made-up titles (not the evaluation data): performance from
 * its words, tools, hints, cut costs, GPU configs and percentages, and the vetoes; docs from comments and
 * typos; low-precision scales; login and author history.
 */
class BuiltInTopicRulesTest {
  static Classifier classifier;

  @BeforeAll
  static void compile() {
    classifier = RuleCompiler.compile(RulePacks.builtIn()).newClassifier();
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  static Classification pr(String title) {
    return pr(title, "someone", History.NONE);
  }

  static Classification pr(String title, String login, History history) {
    return classifier.classify(Fixtures.item(100, ItemKind.PULL_REQUEST, title, "", login), history);
  }

  static String rule(Classification c, String topic) {
    return c.evidenceFor(topic).stream().map(Evidence::rule).findFirst().orElse("(none)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Vectorize the mask loads of sparse attention",
      "Avoid redundant mask compute in the sampler",
      "Remove GPU/CPU syncs from the model runner",
      "Fix a 6-8% decode regression",
      "Support full CUDA graph for the vision encoder",
      "Add tuned MoE configs for MI350",
      "Add fused MoE config for B200",
      "Fuse RoPE and the KV-cache write",
      "Skip unnecessary detokenization when token ids are requested",
      "Overlap shared experts with the all-to-all",
      "Add a warmup for audio preprocessing",
      "Keep max_seqlen on the host to avoid a DtoH copy",
      "[Benchmark] Fix race when starting the server for sweep benchmark",
      "Add nsys profile tool support",
      "Speed up weight loading",
  })
  void performance(String title) {
    assertThat(pr(title).topics()).as(title).contains("performance");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[CI] Speed up the model tests",
      "[docker] Build kernels in a separate stage for faster rebuilds",
      "[CI Perf] Prune tests in tests/kernels",
      "Fix cuda graph capture for Mamba",
      "Disable shared expert overlap when EPLB is enabled",
      "Remove unnecessary parentheses from log statements",
      "[Log] Optimize the startup log",
      "[Bugfix] Fix FusedMoE weight loading",
      "Add MoE quant_config to the model",
      "[Doc] Update the docs of the nightly benchmarks",
      "Support LoRA fine-tuning adapters",
  })
  void notPerformance(String title) {
    assertThat(pr(title).topics()).as(title).doesNotContain("performance");
  }

  @Test
  void performanceEvidenceNamesTheRuleAndTheTerms() {
    assertThat(rule(pr("Avoid redundant mask compute"), "performance")).isEqualTo("performance: a run-time cost cut");
    assertThat(pr("Avoid redundant mask compute").evidenceFor("performance")).extracting(Evidence::text)
        .contains("title: 'Avoid', 'redundant' + title: 'compute'");
    assertThat(rule(pr("Add MoE Config for H200 tp2"), "performance")).isIn("performance: configs for a GPU",
        "topic: title term");
    assertThat(pr("Add a kernel config for B200").evidenceFor("performance")).extracting(Evidence::text)
        .containsExactly("title: 'config' + title: 'B200'");
    assertThat(pr("Refactor the grouped GEMM, 3.2% E2E improvement").evidenceFor("performance"))
        .extracting(Evidence::rule, Evidence::text)
        .contains(org.assertj.core.groups.Tuple.tuple("performance: a change in percent",
            "title: a percentage + title: 'E2E', 'improvement'"));
    assertThat(rule(pr("Support ViT full CUDA graph"), "performance")).isEqualTo("performance: speed hint");
    assertThat(rule(pr("Add a benchmark for batch invariance"), "performance"))
        .isEqualTo("performance: benchmarking or profiling tool");
  }

  @Test
  void notPerformanceVetoesTheTopicsOwnWordsAndTagsToo() {
    Classification c = pr("[Perf][CI] Reduce the CI execution time");

    assertThat(c.topics()).doesNotContain("performance");
    assertThat(pr("[Perf] Reduce the execution time").topics()).contains("performance");
  }

  @Test
  void docsFromCodeCommentsAndTyposButNotBotComments() {
    assertThat(pr("Add some comments in qwen3-next").topics()).contains("docs");
    assertThat(pr("Fix typos in various files").topics()).contains("docs");
  }

  @Test
  void lowPrecisionScalesBnbAndSchemesInsideClassNames() {
    assertThat(pr("Fix KV scale loading for MLA models").topics()).contains("low-precision");
    assertThat(pr("Cleanup BNB utilization dead code").topics()).contains("low-precision");
    assertThat(pr("Add synchronize in CutlassW4A8LinearKernel").topics()).contains("low-precision");
    assertThat(pr("Scale the batch size with the number of GPUs").topics()).doesNotContain("low-precision");
  }

  static History history(String login, int items, String topic, int withTopic) {
    Map<Item, Set<String>> earlier = new HashMap<>();
    for (int n = 1; n <= items; n++) {
      Item i = Item.builder(Fixtures.VLLM, 1000 + n, ItemKind.PULL_REQUEST).title("earlier " + n)
          .author(Actor.user(login)).createdAt(Instant.parse("2025-01-01T00:00:00Z")).build();
      earlier.put(i, n <= withTopic ? Set.of(topic) : Set.of());
    }
    return InMemoryHistory.of(earlier);
  }

  @Test
  void authorHistoryNeedsSixtyPercentAndNeverGivesPerformance() {
    assertThat(pr("Add missing guard", "dev", history("dev", 10, "amd-rocm", 6)).topics()).contains("amd-rocm");
    assertThat(pr("Add missing guard", "dev", history("dev", 10, "amd-rocm", 5)).topics()).doesNotContain("amd-rocm");
    assertThat(pr("[Bugfix] Add missing guard", "dev", history("dev", 10, "amd-rocm", 10)).topics())
        .doesNotContain("amd-rocm");
    assertThat(pr("Add missing guard", "dev", history("dev", 10, "performance", 10)).topics())
        .doesNotContain("performance");
  }

  @Test
  void loginSuffixOnlyForUntaggedPullRequestsOfAuthorsWithoutHistory() {
    assertThat(pr("Add missing guard", "dev-amd", History.NONE).topics()).contains("amd-rocm");
    assertThat(pr("[Bugfix] Add missing guard", "dev-amd", History.NONE).topics()).doesNotContain("amd-rocm");
    assertThat(pr("Add missing guard", "dev-amd", history("dev-amd", 2, "amd-rocm", 0)).topics())
        .contains("amd-rocm");
    // three earlier pull requests, none about AMD: the history says what this author works on
    assertThat(pr("Add missing guard", "dev-amd", history("dev-amd", 3, "amd-rocm", 0)).topics())
        .doesNotContain("amd-rocm");
    Item issue = Fixtures.item(101, ItemKind.ISSUE, "[Bug]: crash on start", "", "dev-amd");
    assertThat(classifier.classify(issue, history("dev-amd", 3, "amd-rocm", 0)).topics()).contains("amd-rocm");
  }
}
