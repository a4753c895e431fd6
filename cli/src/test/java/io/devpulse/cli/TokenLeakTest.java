package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.FakeGithub;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.github.LocalServer.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub token never leaves the Authorization header: a sync (with progress and --verbose), a
 * rejected token, a report with --sync written to a file — and then every byte of stdout, stderr,
 * the index files, the report and everything else under the test's directory is searched for the
 * token (as is, and in Base64): zero hits. The fake server checks that it did receive the token, so
 * the search means something.
 */
class TokenLeakTest {
  private static final String TOKEN = "ghp_TokenLeakTestSecret0123456789abcdefXYZ";

  @TempDir Path tmp;

  private final FakeGithub github = new FakeGithub(2);
  private final List<String> outputs = new ArrayList<>();

  @AfterEach
  void stop() {
    github.close();
  }

  private Map<String, String> env(String... pairs) {
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "DEVPULSE_HOME",
                tmp.resolve("home").toString(),
                "DEVPULSE_PROGRESS",
                "always",
                "GITHUB_TOKEN",
                TOKEN));
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private CliRun run(Map<String, String> env, String... args) {
    CliRun run = CliRun.withEnv(env, args);
    outputs.add(run.out());
    outputs.add(run.err());
    return run;
  }

  @Test
  void noOutputLogIndexFileOrReportContainsTheToken() throws Exception {
    String index = tmp.resolve("index").toString();
    String api = github.url().toString();
    Path tokenFile = tmp.resolve("secrets").resolve("token");
    Files.createDirectories(tokenFile.getParent());
    Files.writeString(tokenFile, TOKEN + "\n");

    CliRun sync =
        run(
            env(),
            "sync",
            "--verbose",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            api,
            "--index",
            index);
    assertThat(sync.exitCode()).as(sync.err()).isZero();
    github.fault(
        FakeGithub.issuesPage(1), Response.status(401, "{\"message\":\"Bad credentials\"}"));
    CliRun rejected =
        run(
            env(),
            "sync",
            "--verbose",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            api,
            "--index",
            index,
            "--since",
            "2025-12-10");
    assertThat(rejected.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(rejected.err()).contains("GitHub rejected the token from GITHUB_TOKEN");
    CliRun fromFile =
        run(
            env("GITHUB_TOKEN", ""),
            "sync",
            "--verbose",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            api,
            "--index",
            index,
            "--token-file",
            tokenFile.toString());
    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    Path report = tmp.resolve("report.md");
    CliRun reported =
        run(
            env(),
            "report",
            "--sync",
            "--verbose",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            api,
            "--index",
            index,
            "--from",
            "2025-12-10T11:01Z",
            "--to",
            "2025-12-10T12:01Z",
            "--out",
            report.toString());
    assertThat(reported.exitCode()).as(reported.err()).isZero();
    run(env(), "stats", "--index", index, "--verbose");
    run(env(), "query", "--index", index, "--format", "json", "");

    try (var history = io.devpulse.index.HistoryIndex.open(Path.of(index))) {
      // Stored fields are compressed on disk: also look at what the index stored, record by record.
      history.forEachItemWithJson((item, json) -> assertThat(json + item).doesNotContain(TOKEN));
      assertThat(history.stats().commitData().toString()).doesNotContain(TOKEN);
    }
    assertThat(github.requests())
        .as("the server got the token")
        .anySatisfy(r -> assertThat(r.header("Authorization")).contains(TOKEN));
    assertNoLeak(tokenFile);
  }

  @Test
  void aServerThatEchoesTheTokenInItsErrorDoesNotGetItPrinted() throws Exception {
    github.fault(
        FakeGithub.issuesPage(1),
        Response.status(400, "{\"message\":\"bad header Authorization: token " + TOKEN + "\"}"));
    CliRun run =
        run(
            env(),
            "sync",
            "--verbose",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            github.url().toString(),
            "--index",
            tmp.resolve("index").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertNoLeak(null);
  }

  @Test
  void aTemplateHoldingTheTokenPrintsItRedactedInReportsAndSites() throws Exception {
    // given templates whose text holds the token (pasted, or a partial hard-linked to the token
    // file)
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Path tokenFile = Files.writeString(tmp.resolve("token"), TOKEN + "\n");
    Files.writeString(
        templates.resolve("report.md.mustache"), "# {{title}} " + TOKEN + "\n{{> head}}\n");
    Files.createLink(templates.resolve("head.mustache"), tokenFile);
    String index = tmp.resolve("index").toString();
    Path report = tmp.resolve("report.md");
    // when
    CliRun reported =
        run(
            env("GITHUB_TOKEN", ""),
            "report",
            "--sync",
            "--repo",
            "vllm-project/vllm",
            "--api-url",
            github.url().toString(),
            "--index",
            index,
            "--templates",
            templates.toString(),
            "--from",
            "2025-12-10T11:01Z",
            "--to",
            "2025-12-10T12:01Z",
            "--out",
            report.toString(),
            "--token-file",
            tokenFile.toString());
    CliRun fromEnv =
        run(
            env(),
            "report",
            "--repo",
            "vllm-project/vllm",
            "--index",
            index,
            "--templates",
            templates.toString(),
            "--from",
            "2025-12-10T11:01Z",
            "--to",
            "2025-12-10T12:01Z");
    // then
    assertThat(reported.exitCode()).as(reported.err()).isZero();
    assertThat(Files.readString(report)).contains("[REDACTED]").doesNotContain(TOKEN);
    assertThat(fromEnv.out()).as(fromEnv.err()).contains("[REDACTED]").doesNotContain(TOKEN);
    Files.delete(templates.resolve("head.mustache"));
    Files.delete(templates.resolve("report.md.mustache"));
    Files.delete(tokenFile);
    assertNoLeak(null);
  }

  private void assertNoLeak(Path allowed) throws Exception {
    List<byte[]> needles =
        List.of(
            TOKEN.getBytes(StandardCharsets.UTF_8),
            Base64.getEncoder().encode(TOKEN.getBytes(StandardCharsets.UTF_8)),
            Base64.getEncoder()
                .encode(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8)));
    for (String output : outputs) {
      assertThat(output).doesNotContain(TOKEN);
    }
    List<Path> searched = new ArrayList<>();
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (file.equals(allowed)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte[] needle : needles) {
          if (indexOf(bytes, needle) >= 0) {
            hits.add(file.toString());
          }
        }
        searched.add(file);
      }
    }
    System.out.printf(
        "TokenLeakTest: %d outputs and %d files searched, %d hits%n",
        outputs.size(), searched.size(), hits.size());
    assertThat(hits).as("files holding the token").isEmpty();
    assertThat(searched).as("index files searched").anyMatch(p -> p.toString().contains("index"));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
