package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.FakeGithub;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.github.LocalServer.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text on every way to the terminal (issue #24): a server's error message in the retry
 * progress and the error line, titles in tables and CSV, file names and option values in error
 * lines, {@code rules test} case names, and the message of an exception thrown by a rule. ESC (with
 * OSC and CSI sequences), BEL, C1's CSI and U+202E (right-to-left override) must reach neither
 * stdout nor stderr.
 */
class TerminalSafetyTest {
  /** Sets the window title, rings, clears the screen, then reverses what follows. */
  static final String HOSTILE = "bad \u001b]0;pwned\u0007 \u001b[2J \u009b31m \u202Eevil";

  @TempDir Path tmp;

  private final FakeGithub github = new FakeGithub(2);

  @AfterEach
  void stop() {
    github.close();
  }

  private Map<String, String> env() {
    return new HashMap<>(
        Map.of(
            "DEVPULSE_HOME",
            tmp.resolve("home").toString(),
            "DEVPULSE_PROGRESS",
            "always",
            "GITHUB_TOKEN",
            "ghp_TerminalSafetyTest0123456789"));
  }

  static void assertSafe(CliRun run) {
    for (String text : List.of(run.out(), run.err())) {
      assertThat(text).doesNotContain("\u001b", "\u0007", "\u009b", "\u202E");
    }
  }

  @Test
  void aServersErrorMessageIsSafeInProgressAndInTheErrorLine() {
    String message =
        "{\"message\":\""
            + HOSTILE
                .replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007")
                .replace("\u009b", "\\u009b")
                .replace("\u202E", "\\u202e")
            + "\"}";
    github.fault(
        FakeGithub.issuesPage(1), Response.status(502, message), Response.status(400, message));

    CliRun run =
        CliRun.withEnv(
            env(),
            "sync",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            github.url().toString(),
            "--index",
            tmp.resolve("index").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("HTTP 400 (bad ?]0;pwned? ?[2J ?31m ?evil)");
    assertThat(run.err().lines().filter(l -> l.contains("502"))).as(run.err()).isNotEmpty();
    assertSafe(run);
  }

  @Test
  void hostileTitlesAreSafeInTablesAndCsv() throws Exception {
    String issue = Files.readString(Path.of(CliRun.fixture("vllm-2025-12-10-hour/issues.json")));
    String title =
        HOSTILE
            .replace("\u001b", "\\u001b")
            .replace("\u0007", "\\u0007")
            .replace("\u009b", "\\u009b")
            .replace("\u202E", "\\u202e");
    Path file =
        Files.writeString(
            tmp.resolve("issues.json"),
            issue.replaceFirst("\"title\": ?\"[^\"]*\"", "\"title\": \"" + title + "\""));
    String index = tmp.resolve("index").toString();
    assertThat(CliRun.withEnv(env(), "import", "--index", index, file.toString()).exitCode())
        .isZero();

    for (String format : List.of("table", "csv", "json")) {
      CliRun run = CliRun.withEnv(env(), "query", "--index", index, "--format", format, "");
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("pwned");
      assertSafe(run);
    }
  }

  @Test
  void fileNamesAndOptionValuesInErrorLinesAreSafe() {
    CliRun missing =
        CliRun.withEnv(
            env(),
            "import",
            "--index",
            tmp.resolve("index").toString(),
            tmp.resolve(HOSTILE).toString());
    CliRun option =
        CliRun.withEnv(
            env(), "report", "--repo", "vllm-project/vllm", "--last", "1h", "--lang", HOSTILE);
    CliRun unknown = CliRun.withEnv(env(), "query", HOSTILE + "--x", "--" + HOSTILE);

    assertThat(missing.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(missing.err()).contains("?evil");
    assertThat(option.exitCode()).isNotZero();
    assertSafe(missing);
    assertSafe(option);
    assertSafe(unknown);
  }

  @Test
  void ruleTestCaseNamesAndExceptionsThrownByRulesAreSafe() throws Exception {
    Path cases =
        Files.writeString(
            tmp.resolve("cases.jsonl"),
            "{\"name\": \""
                + HOSTILE
                    .replace("\u001b", "\\u001b")
                    .replace("\u0007", "\\u0007")
                    .replace("\u009b", "\\u009b")
                    .replace("\u202E", "\\u202e")
                + "\", \"title\": \"x\", \"expect\": {\"topics\": [\"performance\"]}}\n");
    CliRun test = CliRun.withEnv(env(), "rules", "test", cases.toString());
    assertThat(test.out()).contains("FAIL bad ?]0;pwned?");
    assertSafe(test);

    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(
        rules.resolve("boom.drl"),
        "package test.faults;\nimport io.devpulse.rules.facts.*;\n\n"
            + "rule \"boom\"\nwhen\n    $f : ItemFact()\nthen\n    throw new IllegalStateException(\""
            + "bad \\u001b]0;pwned\\u0007 \\u202Eevil\");\nend\n");
    CliRun run =
        CliRun.withEnv(
            env(),
            "import",
            "--index",
            tmp.resolve("index").toString(),
            "--rules",
            rules.toString(),
            CliRun.fixture("vllm-2025-12-10-hour/issues.json"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("IllegalStateException: bad ?]0;pwned? ?evil");
    assertSafe(run);
  }
}
