package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devpulse rules} and its subcommands init, check, test, eval and diff. */
class RulesCommandTest {
  @TempDir Path tmp;

  @Test
  void withoutSubcommandPrintsThem() {
    CliRun run = CliRun.of("rules");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("init", "check", "test", "eval", "diff");
  }

  @Test
  void initWritesTheBuiltInPackAndRefusesToOverwrite() {
    Path dir = tmp.resolve("rules");

    CliRun first = CliRun.of("rules", "init", dir.toString());
    CliRun second = CliRun.of("rules", "init", dir.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(dir.resolve("topics.drl")).exists();
    assertThat(dir.resolve("terms/topics/amd-rocm.txt")).exists();
    assertThat(second.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(second.err()).contains("already exists (use --force to overwrite)");
    assertThat(CliRun.of("rules", "init", "--force", dir.toString()).exitCode()).isZero();
  }

  @Test
  void checkSummarisesAGoodPack() {
    CliRun run = CliRun.of("rules", "check");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("ok: built-in: ")
        .contains("amd-rocm", "low-precision", "fingerprint");
  }

  @Test
  void checkWarnsWhenAPackNamesNoFocusTopic() throws Exception {
    Path dir = tmp.resolve("rules");
    assertThat(CliRun.of("rules", "init", dir.toString()).exitCode()).as("set-up").isZero();
    CliRun withFile = CliRun.of("rules", "check", dir.toString());
    Files.delete(
        dir.resolve("pack.properties")); // as written by a rules init before the file existed

    CliRun run = CliRun.of("rules", "check", dir.toString());

    assertThat(withFile.err()).doesNotContain("focus topic");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("ok: ");
    assertThat(run.err())
        .contains("warning: ")
        .contains(
            " names no focus topic (pack.properties: focus-topic = amd-rocm in the built-in pack),"
                + " so the report's AMD/ROCm section and the site's AMD/ROCm page stay empty;"
                + " devpulse rules init writes the file");
  }

  @Test
  void checkWarnsAboutARuleWithoutAMessageInALanguage() throws Exception {
    Path dir = tmp.resolve("rules");
    assertThat(CliRun.of("rules", "init", dir.toString()).exitCode()).as("set-up").isZero();
    CliRun complete = CliRun.of("rules", "check", dir.toString());
    Path zh = dir.resolve("messages_zh.properties");
    Files.writeString(
        zh,
        Files.readString(zh)
            .lines()
            .filter(l -> !l.startsWith("rule.priority-hard-fault-in-a-bug-report="))
            .reduce("", (a, b) -> a + b + "\n"));

    CliRun run = CliRun.of("rules", "check", dir.toString());

    assertThat(complete.err()).doesNotContain("warning");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().strip())
        .isEqualTo(
            "warning: the pack's phrasing lacks or cannot read messages_zh.properties:"
                + " rule.priority-hard-fault-in-a-bug-report (rule \"priority: hard fault in a bug"
                + " report\"): reports use the rule's own name or their built-in words there"
                + " (messages_en.properties and messages_zh.properties phrase every rule, topic,"
                + " priority level and finding kind)");
  }

  @Test
  void checkListsEachProblemAsFileLineColumn() throws Exception {
    Path dir = tmp.resolve("rules");
    assertThat(CliRun.of("rules", "init", dir.toString()).exitCode()).as("set-up").isZero();
    Files.writeString(
        dir.resolve("broken.drl"),
        """
        package io.devpulse.rules.builtin;
        import io.devpulse.rules.facts.*;

        rule "missing paren"
        when
            $i : ItemFact( hasTag("docs")
        then
        end
        """);

    CliRun run = CliRun.of("rules", "check", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .matches(
            java.util.regex.Pattern.quote(dir.resolve("broken.drl").toString()) + ":\\d+:\\d+: .+");
    assertThat(run.err()).contains("no rules loaded");
  }

  @Test
  void aBrokenPackStopsOtherCommandsWithTheProblems() throws Exception {
    Path dir = tmp.resolve("rules");
    assertThat(CliRun.of("rules", "init", dir.toString()).exitCode()).as("set-up").isZero();
    Files.writeString(
        dir.resolve("topics.drl"), "rule \"x\" when Nope() then end\n", StandardOpenOption.APPEND);

    CliRun run =
        CliRun.of(
            "import",
            "--index",
            tmp.resolve("index").toString(),
            "--rules",
            dir.toString(),
            fixture("vllm-2025-12-10-hour/issues.json"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).startsWith("devpulse: rules (").contains("topics.drl:");
    assertThat(tmp.resolve("index").resolve("segments_1")).doesNotExist();
  }

  @Test
  void testRunsCasesAndEndsWithTheCounts() throws Exception {
    Path cases = tmp.resolve("cases.jsonl");
    Files.writeString(
        cases,
        """
        # one case per line
        {"name": "fp8 crash", "title": "[Bug]: illegal memory access with kv-cache-dtype fp8", "labels": ["bug"], "expect": {"topics": ["low-precision"], "notTopics": ["amd-rocm"], "priority": "high"}}
        {"name": "rocm tag", "kind": "pr", "title": "[ROCm] Enable AITER on MI300X", "expect": {"topics": ["amd-rocm"]}}
        {"name": "wrong on purpose", "kind": "pr", "title": "[Doc] Fix typo", "expect": {"topics": ["performance"], "priority": "critical"}}
        """);

    CliRun run = CliRun.of("rules", "test", cases.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.out())
        .contains("PASS fp8 crash", "PASS rocm tag")
        .contains("FAIL wrong on purpose: missing topics [performance]")
        .contains("priority low, expected critical")
        .endsWith("2 passed, 1 failed\n");
  }

  @Test
  void testNamesTheLineAndFieldOfABadCase() throws Exception {
    Path cases = tmp.resolve("cases.jsonl");
    Files.writeString(
        cases, "{\"title\": \"x\", \"expect\": {}}\n{\"title\": 5, \"expect\": {}}\n");

    CliRun run = CliRun.of("rules", "test", cases.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().strip())
        .isEqualTo("devpulse: " + cases + ":2: field 'title': expected a string, got 5");
  }

  @Test
  void evalPrintsPrecisionRecallAndF1PerTopic() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();
    Path truth = tmp.resolve("truth.jsonl");
    Files.writeString(
        truth,
        """
        {"number": 30388, "topics": ["docs"]}
        {"number": 1, "topics": ["docs"]}
        """);

    CliRun run = CliRun.of("rules", "eval", "--index", index, "--truth", truth.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("| topic | precision | recall | F1 |")
        .contains("| docs | 1.00 | 1.00 | 1.00 | 1 |")
        .contains("1 item evaluated; 1 of the truth not in the index");
  }

  @Test
  void evalWithHalvesScoresEachFixedHalfOfTheTruthRows() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();
    Path truth = tmp.resolve("truth.jsonl");
    Files.writeString(truth, "{\"number\": 30388, \"topics\": [\"docs\"]}\n");

    CliRun run =
        CliRun.of("rules", "eval", "--index", index, "--truth", truth.toString(), "--halves");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // 30388 hashes into half B: half A holds no row
    String halfA =
        run.out().substring(run.out().indexOf("## half A"), run.out().indexOf("## half B"));
    String halfB = run.out().substring(run.out().indexOf("## half B"));
    assertThat(halfA).contains("| docs | 0.00 | 0.00 | 0.00 | 0 |");
    assertThat(halfB).contains("| docs | 1.00 | 1.00 | 1.00 | 1 |");
  }

  @Test
  void evalCanTakeTheTruthFromTitleTagsAndHideThem() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();
    Path truth = tmp.resolve("truth.jsonl");
    Files.writeString(
        truth, "{\"number\": 30388, \"title\": \"[Docs] Generate full list of metrics\"}\n");

    CliRun tagged =
        CliRun.of(
            "rules",
            "eval",
            "--index",
            index,
            "--truth",
            truth.toString(),
            "--truth-from-title-tags");
    CliRun hidden =
        CliRun.of(
            "rules",
            "eval",
            "--index",
            index,
            "--truth",
            truth.toString(),
            "--truth-from-title-tags",
            "--strip-title-tags",
            "--no-history");

    assertThat(tagged.out()).contains("| docs | 1.00 | 1.00 | 1.00 |");
    assertThat(hidden.exitCode()).as(hidden.err()).isZero();
    assertThat(hidden.out()).contains("| docs |");
  }

  @Test
  void evalScoresPrioritiesAgainstAPriorityTruth() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();
    Path truth = tmp.resolve("truth.jsonl");
    // 30388 is "[Docs] Generate full list of metrics in user docs": low (documentation) under the
    // built-in pack
    Files.writeString(
        truth,
        """
        {"number": 30388, "title": "ignored", "priority": "high", "ambiguous": false}
        {"number": 29997, "priority": "low", "ambiguous": true}
        {"number": 1, "priority": "low"}
        """);

    CliRun run =
        CliRun.of(
            "rules",
            "eval",
            "--index",
            index,
            "--truth",
            truth.toString(),
            "--halves",
            "--show-errors",
            "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("| needs attention (critical or high) | 0.00 | 0.00 | 0.00 | 1 | 0 | 0 | 1 |")
        .contains("exact level: 0.00 (0 of 1)")
        .contains("1 ambiguous rows left out")
        .contains("| high | 0 | 0 | 0 | 1 |")
        .contains("2 items evaluated; 1 of the truth not in the index")
        .contains("## half B")
        .contains("### labelled high, predicted low: 1 item")
        .contains("#30388");
  }

  @Test
  void rulesFromDevpulseHomeAreUsedWhenPresent() throws Exception {
    Path home = tmp.resolve("home");
    assertThat(CliRun.of("rules", "init", home.resolve("rules").toString()).exitCode())
        .as("set-up")
        .isZero();

    CliRun run = CliRun.withEnv(Map.of("DEVPULSE_HOME", home.toString()), "rules", "check");

    assertThat(run.out()).startsWith("ok: " + home.resolve("rules").toAbsolutePath());
  }

  @Test
  void evalLeavesAmbiguousTopicsOutAndShowsTheErrorsWithTheirEvidence() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();
    Path truth = tmp.resolve("truth.jsonl");
    // 30388 is "[Docs] Generate full list of metrics in user docs": docs, and (wrongly) not
    // performance
    Files.writeString(
        truth,
        """
        {"number": 30388, "topics": ["performance"], "ambiguous": ["docs"], "title": "ignored"}
        """);

    CliRun run =
        CliRun.of(
            "rules", "eval", "--index", index, "--truth", truth.toString(), "--show-errors", "5");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("| docs | 0.00 | 0.00 | 0.00 | 0 |")
        .contains("### performance: 0 false positives, 1 false negative")
        .contains("#30388")
        .doesNotContain("### docs");
  }

  @Test
  void diffSaysNothingChangesAndExits0ForThePackThatClassifiedTheIndex() {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();

    CliRun run = CliRun.of("rules", "diff", "--index", index);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("nothing changes: the rules of built-in classify the 222 items as stored");
  }

  @Test
  void diffWatchNeedsARulesDirectoryToWatch() {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();

    CliRun run = CliRun.of("rules", "diff", "--index", index, "--watch");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("--watch needs --rules DIR");
  }

  @Test
  void diffListsWhatAOneWordEditChangesWithEvidenceAndExits1StoringNothing() throws Exception {
    String index = tmp.resolve("index").toString();
    Path rules = tmp.resolve("rules");
    assertThat(
            CliRun.of("import", "--index", index, fixture("vllm-week-2025-12-12/issues.json"))
                .exitCode())
        .as("set-up")
        .isZero();
    assertThat(CliRun.of("rules", "init", rules.toString()).exitCode()).as("set-up").isZero();
    Files.writeString(
        rules.resolve("terms/topics/performance.txt"), "word: fused\n", StandardOpenOption.APPEND);

    CliRun table = CliRun.of("rules", "diff", "--index", index, "--rules", rules.toString());
    CliRun md =
        CliRun.of("rules", "diff", "--index", index, "--rules", rules.toString(), "--format", "md");
    CliRun json =
        CliRun.of(
            "rules", "diff", "--index", index, "--rules", rules.toString(), "--format", "json");

    assertThat(table.exitCode()).as(table.err()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(table.out())
        .contains("performance gained by")
        .contains("topic: title term: title: 'fused'");
    assertThat(md.out()).contains("| performance |").contains("\\[ROCm\\]");
    assertThat(json.out()).contains("\"name\" : \"performance\"");
    // nothing was stored: the index is still classified by the built-in pack
    assertThat(CliRun.of("rules", "diff", "--index", index).exitCode()).isZero();
  }
}
