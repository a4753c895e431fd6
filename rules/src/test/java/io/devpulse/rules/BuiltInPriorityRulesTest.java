package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built-in priority rules on the clauses of the priority labelling guide (PRIORITY-GUIDE.md of
 * the project's shared data): per clause, invented issues (none copied from the labelled data) and
 * the level they get, with the rule that gave it. The measured figures are app's {@code
 * PriorityTruthFloorsTest}.
 */
class BuiltInPriorityRulesTest {
  static Classifier classifier;

  @BeforeAll
  static void compile() {
    classifier = RuleCompiler.compile(RulePacks.builtIn()).newClassifier();
  }

  @AfterAll
  static void close() {
    classifier.close();
  }

  static Classification issue(String title, String body, String... labels) {
    return classifier.classify(
        Fixtures.item(1, ItemKind.ISSUE, title, body, "someone", labels), History.NONE);
  }

  static Priority level(String title, String body, String... labels) {
    return issue(title, body, labels).priority();
  }

  static String why(Classification c) {
    return c.priorityReasons().isEmpty() ? "" : c.priorityReasons().getFirst().rule();
  }

  @Test
  void criticalSecurityRegressedWrongOutputMainBrokenAndReleaseBlockers() {
    assertThat(level("[Bug]: path traversal in the media URL loader", ""))
        .isEqualTo(Priority.CRITICAL);
    assertThat(level("Backport the path traversal fix to the 0.9 branch", ""))
        .as("a backport is not a new hole")
        .isEqualTo(Priority.NORMAL);
    Classification silent =
        issue(
            "[Bug]: Llama 3 answers with gibberish",
            "Since the upgrade to the new release the model answers with gibberish; it used to work on 0.9.",
            "bug");
    assertThat(silent.priority()).isEqualTo(Priority.CRITICAL);
    assertThat(why(silent)).isEqualTo("priority: wrong output after a regression");
    assertThat(level("[CI]: main is broken after the torch bump", "")).isEqualTo(Priority.CRITICAL);
    assertThat(level("[Release blocker] spec decode crashes with chunked prefill", ""))
        .isEqualTo(Priority.CRITICAL);
  }

  @Test
  void highDefects() {
    assertThat(level("[Bug]: Mixtral gives wrong outputs with TP=2", "", "bug"))
        .isEqualTo(Priority.HIGH);
    assertThat(level("[Bug]: regression in prefix caching hit rate", "")).isEqualTo(Priority.HIGH);
    assertThat(level("[Bug]: NCCL timeout with pipeline parallel on 2 nodes", "", "bug"))
        .isEqualTo(Priority.HIGH);
    assertThat(level("[Bug]: the OpenAI server fails to start with --enable-lora", ""))
        .isEqualTo(Priority.HIGH);
    assertThat(level("[CI Failure]: entrypoints tests on the nightly build", ""))
        .isEqualTo(Priority.HIGH);
    Classification release = issue("[Bug]: DeepSeek V3 stopped serving in v0.12.1", "", "bug");
    assertThat(release.priority()).isEqualTo(Priority.HIGH);
    assertThat(release.priorityReasons())
        .extracting(Evidence::text)
        .contains("title names release 0.12.1");
    assertThat(level("[Installation]: the 0.13.0 wheel has no aarch64 build", ""))
        .isEqualTo(Priority.HIGH);
    assertThat(level("[Performance]: decode is 30% slower in 0.14.0 than in 0.13.0", ""))
        .isEqualTo(Priority.HIGH);
  }

  @Test
  void crashesOnANamedGpuRegressionsSinceAChangeAndDeadEnginesAreHigh() {
    Classification gpu = issue("[Bug]: engine crashes with FP8 KV cache on H100", "", "bug");
    assertThat(gpu.priority()).isEqualTo(Priority.HIGH);
    assertThat(why(gpu)).isEqualTo("priority: crash on a named GPU");
    assertThat(level("[Bug]: [ROCm] hang in all-reduce on MI300X", "", "bug"))
        .isEqualTo(Priority.HIGH);
    assertThat(level("[Bug]: crash when the prompt is empty", "", "bug"))
        .as("no hardware named")
        .isEqualTo(Priority.NORMAL);
    Classification since = issue("[Bug]: beam search returns duplicates since #41234", "", "bug");
    assertThat(since.priority()).isEqualTo(Priority.HIGH);
    assertThat(why(since)).isEqualTo("priority: regression since a named change");
    assertThat(level("[Bug]: server dies with EngineDeadError under load", "", "bug"))
        .isEqualTo(Priority.HIGH);
  }

  @Test
  void authorizationBypassIsCriticalAndNegationsBackportsAndHelpWantedAreNotQuestions() {
    assertThat(level("[Bug]: the admin endpoint can be reached without authorization", ""))
        .isEqualTo(Priority.CRITICAL);
    assertThat(level("[Bug]: Can't run the FP4 checkpoint on a B200 GPU", "", "bug"))
        .as("a report, not a question")
        .isNotEqualTo(Priority.LOW);
    assertThat(level("Backport the tokenizer fix to releases/v0.9.1?", ""))
        .isEqualTo(Priority.NORMAL);
    assertThat(level("[Help Wanted] port the remaining samplers to the new engine", ""))
        .as("help wanted asks contributors, not for help")
        .isEqualTo(Priority.NORMAL);
  }

  @Test
  void aCudaOrModelVersionIsNotARelease() {
    assertThat(level("[Bug]: Qwen2.5 tool call parser drops arguments with CUDA 12.8", "", "bug"))
        .isEqualTo(Priority.NORMAL);
  }

  @Test
  void normalRequestsAndNarrowBugs() {
    assertThat(level("[Feature]: support the new Phi model family", "", "feature request"))
        .isEqualTo(Priority.NORMAL);
    assertThat(level("[RFC]: a plugin interface for schedulers", "")).isEqualTo(Priority.NORMAL);
    assertThat(level("[Bug]: crash with an unusual combination of LoRA and beam search", "", "bug"))
        .as("a plain crash named in a title is narrow until shown otherwise")
        .isEqualTo(Priority.NORMAL);
    assertThat(level("[Feature]: will you support GGUF for Mamba models?", ""))
        .isEqualTo(Priority.NORMAL);
  }

  @Test
  void lowQuestionsInstallationHelpTemplatesAndDuplicates() {
    assertThat(level("[Usage]: how to serve two models on one GPU", "", "usage"))
        .isEqualTo(Priority.LOW);
    assertThat(level("[Bug]: Does the scheduler support priorities?", "", "bug"))
        .isEqualTo(Priority.LOW);
    assertThat(level("Why does my server use all the GPU memory", "")).isEqualTo(Priority.LOW);
    assertThat(level("[Bug]: why does it fail to start on my laptop?", "", "bug"))
        .as("asked, not reported")
        .isEqualTo(Priority.LOW);
    assertThat(level("[Installation]: building from source on Windows", ""))
        .isEqualTo(Priority.LOW);
    assertThat(level("[Performance]:", "")).isEqualTo(Priority.LOW);
    assertThat(level("[Bug]: the same error as the other issue", "", "bug", "duplicate"))
        .isEqualTo(Priority.LOW);
  }

  @Test
  void engagementRaisesABugReportFromFifteenComments() {
    Item quiet =
        Fixtures.item(
            1, ItemKind.ISSUE, "[Bug]: tokens dropped in streaming responses", "", "u", "bug");
    Item discussed = quiet.toBuilder().commentCount(15).build();

    assertThat(classifier.classify(quiet, History.NONE).priority()).isEqualTo(Priority.NORMAL);
    Classification c = classifier.classify(discussed, History.NONE);
    assertThat(c.priority()).isEqualTo(Priority.HIGH);
    assertThat(c.priorityReasons())
        .extracting(Evidence::text)
        .containsExactly("comments: 15 (15 or more)");
    assertThat(
            classifier
                .classify(quiet.toBuilder().commentCount(14).build(), History.NONE)
                .priority())
        .isEqualTo(Priority.NORMAL);
  }

  static List<Comment> saying(int from, String... bodies) {
    List<Comment> out = new ArrayList<>();
    for (int k = 0; k < bodies.length; k++) {
      out.add(
          new Comment(
              Fixtures.VLLM,
              from + k,
              1,
              Actor.user("person" + (from + k)),
              Instant.parse("2025-12-10T12:00:00Z").plusSeconds(k),
              null,
              bodies[k],
              "NONE"));
    }
    return out;
  }

  @Test
  void engagementRaisesADefectThreePeopleReportAgainButNotARequest() {
    Item bug =
        Fixtures.item(1, ItemKind.ISSUE, "[Bug]: tokens dropped in streaming", "", "u", "bug")
            .toBuilder()
            .commentCount(4)
            .build();
    List<Comment> two = saying(10, "Same here with Llama", "+1", "which version?");
    assertThat(classifier.classify(bug, two, History.NONE).priority()).isEqualTo(Priority.NORMAL);

    List<Comment> three = new ArrayList<>(two);
    three.addAll(saying(20, "I am also seeing this on H100"));
    Classification c = classifier.classify(bug, three, History.NONE);
    assertThat(c.priority()).isEqualTo(Priority.HIGH);
    assertThat(c.priorityReasons())
        .extracting(Evidence::rule, Evidence::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "priority: same problem reported by several people",
                "3 people besides the author report the same problem (first: 'Same here'; 3 or"
                    + " more), 4 people commented"));

    Item request =
        Fixtures.item(2, ItemKind.ISSUE, "[Feature]: support a new model", "", "u").toBuilder()
            .commentCount(4)
            .build();
    assertThat(
            classifier
                .classify(request, saying(30, "+1", "+1", "+1", "+1"), History.NONE)
                .priority())
        .as("+1s on a request are demand")
        .isEqualTo(Priority.NORMAL);
  }

  @Test
  void engagementRaisesOnPlusOneReactionsAndManyPeopleInABugReport() {
    Item bug =
        Fixtures.item(1, ItemKind.ISSUE, "[Bug]: tokens dropped in streaming", "", "u", "bug");
    Classification liked =
        classifier.classify(
            bug.toBuilder().reactions(new io.devpulse.model.Reactions(14, 10)).build(),
            History.NONE);
    assertThat(liked.priority()).isEqualTo(Priority.HIGH);
    assertThat(liked.priorityReasons())
        .extracting(Evidence::text)
        .containsExactly("10 +1 reactions (10 or more)");
    assertThat(
            classifier
                .classify(
                    bug.toBuilder().reactions(new io.devpulse.model.Reactions(14, 9)).build(),
                    History.NONE)
                .priority())
        .isEqualTo(Priority.NORMAL);

    Item discussed = bug.toBuilder().commentCount(5).build();
    Classification many =
        classifier.classify(discussed, saying(40, "a log", "b", "c", "d", "e"), History.NONE);
    assertThat(many.priorityReasons())
        .extracting(Evidence::text)
        .containsExactly("5 people commented besides the author (5 or more), 5 comments held");
  }

  @Test
  void engagementRaisesADefectOtherIssuesAreMarkedDuplicatesOfButNotARequest() {
    Item bug =
        Fixtures.item(1, ItemKind.ISSUE, "[Bug]: tokens dropped in streaming", "", "u", "bug");
    assertThat(classifier.classify(bug, List.of(), List.of(12), History.NONE, null))
        .extracting(c -> c.classification().priority())
        .as("one duplicate is one more reporter")
        .isEqualTo(Priority.NORMAL);

    Classification twice =
        classifier
            .classify(bug, List.of(), List.of(15, 12, 12, 1), History.NONE, null)
            .classification();
    assertThat(twice.priority()).isEqualTo(Priority.HIGH);
    assertThat(twice.priorityReasons())
        .extracting(Evidence::rule, Evidence::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "priority: reported again in duplicate issues",
                "2 other issues are marked duplicates of this one: '#12', '#15' (2 or more)"));

    Item request = Fixtures.item(2, ItemKind.ISSUE, "[Feature]: support a new model", "", "u");
    assertThat(
            classifier
                .classify(request, List.of(), List.of(12, 15, 19), History.NONE, null)
                .classification()
                .priority())
        .as("duplicates of a request are demand")
        .isEqualTo(Priority.NORMAL);
  }

  @Test
  void onlyTheRuleThatReadsOtherPriorityHitsIsAPriorityReader() {
    assertThat(RuleCompiler.compile(RulePacks.builtIn()).priorityReaders())
        .containsExactly("priority: a maintainer answered");
  }

  static Comment answer(long id, String login, String association, String at) {
    return new Comment(
        Fixtures.VLLM, id, 1, Actor.user(login), Instant.parse(at), null, "Looking.", association);
  }

  @Test
  void aMaintainersAnswerIsReportedAtAHighItemsLevelAndChangesNoLevel() {
    Item crash =
        Fixtures.item(
                1,
                ItemKind.ISSUE,
                "[Bug]: illegal memory access with kv-cache-dtype fp8",
                "",
                "u",
                "bug")
            .toBuilder()
            .createdAt(Instant.parse("2025-12-10T12:00:00Z"))
            .commentCount(2)
            .build();
    List<Comment> answered =
        List.of(
            answer(1, "helper", "CONTRIBUTOR", "2025-12-10T13:00:00Z"),
            answer(2, "maintainer", "MEMBER", "2025-12-13T12:30:00Z"));
    Classification c = classifier.classify(crash, answered, History.NONE);
    assertThat(c.priority()).isEqualTo(Priority.HIGH);
    assertThat(c.priorityReasons())
        .as("why it is high first, the answer after: it reads the level the others gave")
        .extracting(Evidence::rule, Evidence::label, Evidence::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "priority: hard fault in a bug report", "high", "title: 'illegal memory access'"),
            org.assertj.core.groups.Tuple.tuple(
                "priority: a maintainer answered",
                "high",
                "answered 72 hours after it was opened, by maintainer 'maintainer'"));
    assertThat(classifier.classify(crash, answered.subList(0, 1), History.NONE).priorityReasons())
        .extracting(Evidence::rule)
        .doesNotContain("priority: a maintainer answered");

    Item question =
        Fixtures.item(3, ItemKind.ISSUE, "[Usage]: how do I enable prefix caching?", "", "u")
            .toBuilder()
            .commentCount(1)
            .build();
    Classification usage =
        classifier.classify(
            question,
            List.of(
                new Comment(
                    Fixtures.VLLM,
                    5,
                    3,
                    Actor.user("maintainer"),
                    Instant.parse("2025-12-10T13:00:00Z"),
                    null,
                    "Use --enable-prefix-caching.",
                    "MEMBER")),
            History.NONE);
    assertThat(usage.priority()).isEqualTo(Priority.LOW);
    assertThat(usage.priorityReasons())
        .extracting(Evidence::rule)
        .doesNotContain("priority: a maintainer answered");
  }

  @Test
  void aFailureOnANamedGpuIsHighAPlainFailureIsNot() {
    Classification onGpu =
        issue("[Bug]: Mistral Large fails on H100 with the default settings", "");
    assertThat(onGpu.priority()).isEqualTo(Priority.HIGH);
    assertThat(why(onGpu)).isEqualTo("priority: failure on a named GPU");
    assertThat(level("[Bug]: Mistral Large fails with the default settings", ""))
        .isEqualTo(Priority.NORMAL);
    assertThat(level("[Bug]: Mistral Large error on MI300X", "")).isEqualTo(Priority.HIGH);
  }

  @Test
  void aQuestionMarkAloneHedgesAReportAQuestionWordAsks() {
    assertThat(level("[Bug]: possible memory leak in the scheduler?", "", "bug"))
        .as("a hedged report: a hard fault, not a question")
        .isEqualTo(Priority.HIGH);
    assertThat(level("[Performance]: latency grows with longer prompts?", ""))
        .isEqualTo(Priority.NORMAL);
    assertThat(level("[Bug]: the images are dropped. What am I missing?", ""))
        .isEqualTo(Priority.LOW);
    assertThat(level("[Bug]: 多卡部署时如何设置显存比例？", "")).isEqualTo(Priority.LOW);
    assertThat(level("How do I enable prefix caching", "")).isEqualTo(Priority.LOW);
  }

  @Test
  void outputsThatVaryWithBatchingAreExplainedBehaviour() {
    Classification varies =
        issue("[Bug]: different outputs for the same prompt with a larger batch size", "", "bug");
    assertThat(varies.priority()).isEqualTo(Priority.LOW);
    assertThat(why(varies)).isEqualTo("priority: outputs vary with batching");
    assertThat(level("[Bug]: responses are inconsistent at temperature=0", ""))
        .isEqualTo(Priority.LOW);
    assertThat(level("[Bug]: outputs are inconsistent between the two servers", ""))
        .as("no condition the FAQ explains")
        .isEqualTo(Priority.NORMAL);
    assertThat(level("[Bug]: Llama 3 gives wrong outputs with a larger batch size", "", "bug"))
        .as("wrong output still raises")
        .isEqualTo(Priority.HIGH);
  }

  @Test
  void aConfusionIsAUsageQuestion() {
    assertThat(level("[Bug]: confused about the max_num_seqs warning", "")).isEqualTo(Priority.LOW);
  }
}
