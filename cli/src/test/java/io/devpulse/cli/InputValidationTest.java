package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.FakeGithub;
import io.devpulse.cli.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line values that used to end in exit 3 with a stack trace, a request to {@code
 * /repos/../..}, or a read of {@code /dev/zero} until memory ran out (issue #24): each is a
 * one-line error now, and nothing is sent or written.
 */
class InputValidationTest {
  @TempDir Path tmp;

  private final FakeGithub github = new FakeGithub(2);

  @AfterEach
  void stop() {
    github.close();
  }

  private Map<String, String> env() {
    return Map.of(
        "DEVPULSE_HOME",
        tmp.resolve("home").toString(),
        "GITHUB_TOKEN",
        "ghp_InputValidation0123456789");
  }

  private static void assertOneLineError(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.USER_ERROR, ExitCode.USAGE);
    assertThat(run.err())
        .startsWith("devpulse: ")
        .doesNotContain("\tat ", "Exception:", "internal error");
    assertThat(run.err().lines().filter(l -> !l.startsWith("Try ")).count())
        .as(run.err())
        .isEqualTo(1);
  }

  @Test
  void repositoryNamesThatClimbAPathAreRefusedBeforeAnyRequest() {
    for (String repo : List.of("../..", "./.", "o/..")) {
      CliRun run =
          CliRun.withEnv(
              env(),
              "sync",
              "--repo",
              repo,
              "--api-url",
              github.url().toString(),
              "--index",
              tmp.resolve("index").toString());
      assertOneLineError(run);
      assertThat(run.err()).contains("must be OWNER/NAME as GitHub names them");
    }
    assertThat(github.requests()).isEmpty();
    assertThat(tmp.resolve("index")).doesNotExist();
  }

  @Test
  void reportValuesOutOfRangeAreOneLineErrors() {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.withEnv(
                    env(),
                    "import",
                    "--index",
                    index,
                    CliRun.fixture("vllm-2025-12-10-hour/issues.json"))
                .exitCode())
        .isZero();
    for (List<String> extra :
        List.of(
            List.of("--trend-windows", "1000000"),
            List.of("--trend-windows", "-1"),
            List.of("--project", "a\nb"))) {
      List<String> args =
          new java.util.ArrayList<>(
              List.of("report", "--index", index, "--repo", "vllm-project/vllm", "--last", "1h"));
      args.addAll(extra);
      CliRun run = CliRun.withEnv(env(), args.toArray(String[]::new));
      assertOneLineError(run);
    }
  }

  @Test
  @Timeout(20)
  void aTokenFileThatIsADeviceOrFifoIsRefusedAtOnce() throws Exception {
    Path fifo = tmp.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    for (String file : List.of("/dev/zero", fifo.toString())) {
      CliRun run =
          CliRun.withEnv(
              env(),
              "sync",
              "--repo",
              "vllm-project/vllm",
              "--api-url",
              github.url().toString(),
              "--index",
              tmp.resolve("index").toString(),
              "--token-file",
              file);
      assertOneLineError(run);
      assertThat(run.err()).contains("is not a regular file");
    }
    assertThat(github.requests()).isEmpty();
  }

  @Test
  void aNonEmptyWriteLockInANewFolderIsAOneLineErrorAndLeavesNoMarker() throws Exception {
    Path index = Files.createDirectories(tmp.resolve("index"));
    Files.writeString(index.resolve("write.lock"), "someone's notes");

    CliRun run =
        CliRun.withEnv(
            env(),
            "import",
            "--index",
            index.toString(),
            CliRun.fixture("vllm-2025-12-10-hour/issues.json"));

    assertOneLineError(run);
    try (var files = Files.list(index)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("write.lock");
    }
  }

  @Test
  void skipBadWithEveryRecordBadIsAnErrorAndImportsNothing() throws Exception {
    Path bad =
        Files.writeString(tmp.resolve("bad.jsonl"), "{\"number\": \"x\"}\n[1]\n{\"title\": 5}\n");
    String index = tmp.resolve("index").toString();

    CliRun run =
        CliRun.withEnv(
            env(),
            "import",
            "--index",
            index,
            "--skip-bad",
            "--type",
            "issue",
            "--repo",
            "o/r",
            bad.toString());

    assertOneLineError(run);
    assertThat(run.err())
        .startsWith(
            "devpulse: every record was bad (3 skipped with --skip-bad), nothing was"
                + " imported; the first: "
                + bad
                + ":1:1");
    try (var files = Files.list(Path.of(index))) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith("segments_"))).isEmpty();
    }
  }

  @Test
  void credentialsInTheApiUrlAreNeverPrinted() {
    github.fault(
        r -> true, io.devpulse.github.LocalServer.Response.status(400, "{\"message\":\"no\"}"));
    String api = github.url().toString().replace("http://", "http://alice:s3cret@");

    CliRun run =
        CliRun.withEnv(
            env(),
            "sync",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            api,
            "--index",
            tmp.resolve("index").toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.out() + run.err()).doesNotContain("s3cret").doesNotContain("alice:");
  }

  @Test
  void filesSomeonePutIntoTheIndexAreKeptAndNamedByStats() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.withEnv(
                    env(),
                    "import",
                    "--index",
                    index,
                    CliRun.fixture("vllm-2025-12-10-hour/issues.json"))
                .exitCode())
        .isZero();
    Path config = Files.writeString(Path.of(index, "_config.yml"), "title: mine\n");

    CliRun again =
        CliRun.withEnv(
            env(), "import", "--index", index, CliRun.fixture("vllm-2025-12-10-hour/issues.json"));
    CliRun stats = CliRun.withEnv(env(), "stats", "--index", index);
    CliRun query = CliRun.withEnv(env(), "query", "--index", index, "");

    assertOneLineError(again);
    assertThat(again.err()).contains("holds _config.yml, which devpulse did not create");
    assertThat(config).hasContent("title: mine");
    assertThat(stats.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(stats.out() + stats.err()).contains("foreign files: holds _config.yml");
    assertThat(query.exitCode()).as(query.err()).isZero();
  }
}
