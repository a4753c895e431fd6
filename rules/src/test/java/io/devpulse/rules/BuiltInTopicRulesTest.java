package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in pack's topic rules against the definitions of the labelling guides ({@code
 * SUBJECT-GUIDE.md}, {@code PR-GUIDE.md}), each case a title invented for the clause it tests —
 * none is taken from the labelled data, so these tests say what the pack should do, not which rows
 * it was tuned on. Then the mechanics: which rule gives performance, the vetoes, login and author
 * history.
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
    return classifier.classify(
        Fixtures.item(100, ItemKind.PULL_REQUEST, title, "", login), history);
  }

  static String rule(Classification c, String topic) {
    return c.evidenceFor(topic).stream().map(Evidence::rule).findFirst().orElse("(none)");
  }

  // amd-rocm: "AMD hardware or its software stack: ROCm, HIP, AMD GPUs (MI200 ... MI355, gfx9xx,
  // Radeon,
  // Instinct), AITER, Quark, RCCL, hipBLASLt, composable kernel (CK) ... changes whose main point
  // is a ROCm
  // platform path (Enable X on ROCm, Fix Y for AMD)"
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Enable sliding-window attention on ROCm",
        "Fix the prefix-cache hash for AMD GPUs",
        "Use hipBLASLt for small-batch GEMMs",
        "Pick the AITER paged-attention path for long contexts",
        "Add an RCCL environment check at start-up",
        "Support composable kernel attention on MI250",
        "Build the wheel for gfx1100 Radeon cards",
        "Load Quark checkpoints with per-channel weights",
      })
  void amdRocm(String title) {
    assertThat(pr(title).topics()).as(title).contains("amd-rocm");
  }

  // "Not: generic code that merely also runs on AMD."
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Refactor the platform interface of the GPU backends",
        "Share the attention metadata builder between backends",
        "Fix a deadlock in the multiprocessing executor",
      })
  void notAmdRocm(String title) {
    assertThat(pr(title).topics()).as(title).doesNotContain("amd-rocm");
  }

  // docs: "docs pages, README, docstrings, examples' documentation, typos in docs/comments, doc
  // build"
  @ParameterizedTest
  @ValueSource(
      strings = {
        "[Doc] Explain the scheduler budget knobs",
        "Describe the offline batch API in the README",
        "Add docstrings to the sampling parameters",
        "Fix a typo in the quickstart page",
        "Clarify the comments of the block allocator",
        "Repair the mkdocs navigation after the page move",
        "Update the documentation of the metrics endpoint",
      })
  void docs(String title) {
    assertThat(pr(title).topics()).as(title).contains("docs");
  }

  // "Not: code changes that also touch docs in passing; not: log/error message wording unless it
  // says docs."
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Reword the error raised for an unknown tokenizer mode",
        "Make the startup log say which attention backend was chosen",
        "Add a --seed option to the serve command",
      })
  void notDocs(String title) {
    assertThat(pr(title).topics()).as(title).doesNotContain("docs");
  }

  // low-precision: "FP8, FP4, NVFP4, MXFP4/6/8, INT8, INT4, W8A8/W4A16 etc., AWQ, GPTQ, Marlin,
  // bitsandbytes, GGUF, compressed-tensors, ModelOpt, Quark, torchao, quantized KV cache (kv-cache
  // dtype
  // fp8), scaled matmul / block scales"
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Support NVFP4 checkpoints for the dense layers",
        "Handle W4A16 group size 64 in the linear method",
        "Load GPTQ models with act-order on CPU",
        "Fix Marlin kernel dispatch for odd output sizes",
        "Read bitsandbytes 4-bit weights from sharded files",
        "Accept --kv-cache-dtype fp8_e5m2 for the encoder",
        "Add a torchao config loader",
        "Support GGUF checkpoints with tied embeddings",
        "Apply the block scale after the dequant in the MoE layer",
        "Quantize the LM head with compressed-tensors",
        "Run CutlassW8A8ScaledMM on the new kernel path",
      })
  void lowPrecision(String title) {
    assertThat(pr(title).topics()).as(title).contains("low-precision");
  }

  // "Not: bf16/fp16 alone."
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Default to bf16 for the vision tower",
        "Cast the rotary cache to fp16 on load",
        "Scale the batch size with the number of GPUs",
      })
  void notLowPrecision(String title) {
    assertThat(pr(title).topics()).as(title).doesNotContain("low-precision");
  }

  // performance: "speed, latency, throughput, memory footprint or efficiency (an optimization, a
  // faster
  // kernel, fewer copies, CUDA graphs for speed, overlap, caching for speed), or a fix of a
  // performance
  // regression, or performance benchmarking/profiling tooling"
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Optimize the top-p sampler for large vocabularies",
        "Faster detokenization for streaming responses",
        "Cut TTFT for long prompts by splitting the prefill",
        "Avoid redundant copies of the block table each step",
        "Capture the draft model in CUDA graphs",
        "Overlap the weight transfer with the expert compute",
        // caching reads as speed with what it saves: "cache" alone is the KV or prefix cache in
        // vLLM
        "Cache the compiled grammar to avoid recomputing it per request",
        "Recover the 5% throughput regression in decode",
        "Add a benchmark script for prefix-cache hit rates",
        "Record NVTX ranges around the model forward with the torch profiler",
        "Add tuned MoE configs for the H100",
        "Fuse the residual add into the RMSNorm kernel",
        "Skip unnecessary tokenization of the prompt ids",
        "Reduce peak memory when loading sharded checkpoints",
        "[Perf] Batch the logprob gathering",
      })
  void performance(String title) {
    assertThat(pr(title).topics()).as(title).contains("performance");
  }

  // "Not: new features, correctness fixes or refactors that do not claim a speed/memory effect" —
  // and the
  // speed of CI, tests and builds is the developers', not vLLM's.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Add a tool-calling parser for a new model family",
        "Fix wrong logprobs when the prompt is empty",
        "Refactor the request queue into its own module",
        "[CI] Speed up the entrypoint tests",
        "Make the Docker image build faster with a cache mount",
        "Fix the CUDA graph capture for hybrid models",
        "Disable the fused kernel when LoRA is enabled",
        "[Doc] Describe the benchmark suites",
        "Rename the fused MoE layer's arguments",
        "Support fine-tuning adapters for the embedding model",
      })
  void notPerformance(String title) {
    assertThat(pr(title).topics()).as(title).doesNotContain("performance");
  }

  @Test
  void performanceEvidenceNamesTheRuleAndTheTerms() {
    assertThat(rule(pr("Avoid duplicate mask computation"), "performance"))
        .isEqualTo("performance: a run-time cost cut");
    assertThat(pr("Avoid duplicate mask computation").evidenceFor("performance"))
        .extracting(Evidence::text)
        .contains("title: 'Avoid', 'duplicate' + title: 'computation'");
    assertThat(pr("Add a kernel config for B200").evidenceFor("performance"))
        .extracting(Evidence::text)
        .containsExactly("title: 'config' + title: 'B200'");
    assertThat(pr("Rework the grouped GEMM, 4.1% better decode").evidenceFor("performance"))
        .extracting(Evidence::rule, Evidence::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "performance: a change in percent",
                "title: a percentage + title: 'better', 'decode'"));
    assertThat(rule(pr("Prefetch the next layer's weights"), "performance"))
        .isEqualTo("performance: speed hint");
    assertThat(rule(pr("Add a microbenchmark for the sampler"), "performance"))
        .isEqualTo("performance: benchmarking or profiling tool");
  }

  @Test
  void notPerformanceVetoesTheTopicsOwnWordsAndTagsToo() {
    assertThat(pr("[Perf][CI] Shorten the test matrix").topics()).doesNotContain("performance");
    assertThat(pr("[Perf] Shorten the scheduling loop").topics()).contains("performance");
  }

  static History history(String login, int items, String topic, int withTopic) {
    return Fixtures.authorHistory(
        login, items, withTopic == 0 ? Map.of() : Map.of(topic, withTopic));
  }

  @Test
  void authorHistoryNeedsSixtyPercentAndNeverGivesPerformance() {
    assertThat(pr("Add a missing bounds check", "dev", history("dev", 10, "amd-rocm", 6)).topics())
        .contains("amd-rocm");
    assertThat(pr("Add a missing bounds check", "dev", history("dev", 10, "amd-rocm", 5)).topics())
        .doesNotContain("amd-rocm");
    assertThat(
            pr("[Bugfix] Add a missing bounds check", "dev", history("dev", 10, "amd-rocm", 10))
                .topics())
        .doesNotContain("amd-rocm");
    assertThat(
            pr("Add a missing bounds check", "dev", history("dev", 10, "performance", 10)).topics())
        .doesNotContain("performance");
  }

  @Test
  void loginSuffixOnlyForUntaggedPullRequestsOfAuthorsWithoutHistory() {
    assertThat(pr("Add a missing bounds check", "dev-amd", History.NONE).topics())
        .contains("amd-rocm");
    assertThat(pr("[Bugfix] Add a missing bounds check", "dev-amd", History.NONE).topics())
        .doesNotContain("amd-rocm");
    assertThat(
            pr("Add a missing bounds check", "dev-amd", history("dev-amd", 2, "amd-rocm", 0))
                .topics())
        .contains("amd-rocm");
    // three earlier pull requests, none about AMD: the history says what this author works on
    assertThat(
            pr("Add a missing bounds check", "dev-amd", history("dev-amd", 3, "amd-rocm", 0))
                .topics())
        .doesNotContain("amd-rocm");
    Item issue = Fixtures.item(101, ItemKind.ISSUE, "[Bug]: crash on start", "", "dev-amd");
    assertThat(classifier.classify(issue, history("dev-amd", 3, "amd-rocm", 0)).topics())
        .contains("amd-rocm");
  }
}
