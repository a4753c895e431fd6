package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.FakeGithub;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.github.LocalServer;
import io.devpulse.github.LocalServer.Response;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexStats;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.SearchOptions;
import io.devpulse.model.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {
  private static final String TOKEN = "ghp_SyncCommandTestTokenNeverPrinted42";
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");

  @TempDir Path tmp;

  private final FakeGithub github = new FakeGithub(2);

  @AfterEach
  void stop() {
    github.close();
  }

  private String index() {
    return tmp.resolve("index").toString();
  }

  private Map<String, String> env(String... pairs) {
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "DEVPULSE_HOME",
                tmp.resolve("home").toString(),
                "DEVPULSE_PROGRESS",
                "never",
                "GITHUB_TOKEN",
                TOKEN));
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        env.remove(pairs[i]);
      } else {
        env.put(pairs[i], pairs[i + 1]);
      }
    }
    return env;
  }

  private CliRun sync(Map<String, String> env, String... args) {
    String[] all =
        Stream.concat(
                Stream.of("sync", "--index", index(), "--api-url", github.url().toString()),
                Stream.of(args))
            .toArray(String[]::new);
    return CliRun.withEnv(env, all);
  }

  @Test
  void syncOfTheHourGivesTheSameIndexAsImportingItsFiles() throws Exception {
    Path imported = tmp.resolve("imported");
    CliRun importRun =
        CliRun.withEnv(
            env(),
            "import",
            "--index",
            imported.toString(),
            fixture("vllm-2025-12-10-hour/issues.json"),
            fixture("vllm-2025-12-10-hour/comments.json"));
    assertThat(importRun.exitCode()).as(importRun.err()).isZero();

    CliRun run = sync(env(), "--repo", "vllm-project/vllm");

    assertThat(run.exitCode()).as(run.err()).isZero();
    try (HistoryIndex a = HistoryIndex.open(imported);
        HistoryIndex b = HistoryIndex.open(Path.of(index()))) {
      IndexStats sa = a.stats();
      IndexStats sb = b.stats();
      assertThat(sb).usingRecursiveComparison().ignoringFields("commitData").isEqualTo(sa);
      SearchOptions all = new SearchOptions(null, "number", false, 100);
      List<IndexedItem> itemsA = a.search("", all).items();
      List<IndexedItem> itemsB = b.search("", all).items();
      // Items and their classifications: both paths classify with the same rules.
      assertThat(itemsB).isEqualTo(itemsA);
      assertThat(itemsB).allSatisfy(i -> assertThat(i.classification()).isNotNull());
      assertThat(itemsB).hasSize(5);
      for (IndexedItem item : itemsA) {
        int number = item.item().number();
        assertThat(b.json(VLLM, number)).isEqualTo(a.json(VLLM, number));
        assertThat(b.commentsOn(VLLM, number)).isEqualTo(a.commentsOn(VLLM, number));
      }
    }
    CliRun queryA =
        CliRun.withEnv(
            env(),
            "query",
            "--index",
            imported.toString(),
            "--count-by",
            "label",
            "--format",
            "json");
    CliRun queryB =
        CliRun.withEnv(
            env(), "query", "--index", index(), "--count-by", "label", "--format", "json");
    assertThat(queryB.out()).isEqualTo(queryA.out());
  }

  @Test
  void printsOneSummaryLineAndNothingElseInAPipe() {
    CliRun run = sync(env(), "--repo", "vllm-project/vllm");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .matches(
            "synced 1 repository into "
                + Pattern.quote(index())
                + ": 5 items \\(5 new, 0 updated, 0 unchanged\\), 4 comments, 0 new reviews; 5 requests"
                + " \\(0 not modified\\) in \\S+\\R");
  }

  @Test
  void showsProgressOnStderrWhenAskedTo() {
    CliRun run = sync(env("DEVPULSE_PROGRESS", "always"), "--repo", "vllm-project/vllm");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().lines().toList())
        .containsExactly(
            "vllm-project/vllm issues: syncing since the beginning",
            "vllm-project/vllm issues: page 1, 2 records stored, through 2025-12-10T11:40:00Z, rate limit 4999 left",
            "vllm-project/vllm issues: page 2, 2 records stored, through 2025-12-10T11:58:00Z, rate limit 4998 left",
            "vllm-project/vllm issues: page 3, 1 records stored, through 2025-12-10T11:59:00Z, rate limit 4997 left",
            "vllm-project/vllm comments: syncing since the beginning",
            "vllm-project/vllm comments: page 1, 2 records stored, through 2025-12-10T11:40:00Z, rate limit 4996 left",
            "vllm-project/vllm comments: page 2, 2 records stored, through 2025-12-10T11:58:00Z, rate limit 4995 left");
  }

  @Test
  void withoutATokenItSaysItIsAnonymous() {
    CliRun run = sync(env("GITHUB_TOKEN", null), "--repo", "vllm-project/vllm");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "devpulse: no GitHub token (set GITHUB_TOKEN or use --token-file):"
                + " anonymous requests are limited to 60 an hour"
                + System.lineSeparator());
    assertThat(github.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).isNull());
  }

  @Test
  void tokenFileWinsOverTheEnvironment() throws Exception {
    Path file = Files.writeString(tmp.resolve("token"), "ghp_fromFile\n");

    CliRun run = sync(env(), "--repo", "vllm-project/vllm", "--token-file", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(github.requests())
        .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer ghp_fromFile"));
  }

  @Test
  void aRejectedTokenExitsWithOneAndNeverShowsTheToken() {
    github.fault(r -> true, Response.status(401, "{\"message\":\"Bad credentials\"}"));

    CliRun run = sync(env(), "--repo", "vllm-project/vllm", "--verbose");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .startsWith(
            "devpulse: "
                + github.url()
                + FakeGithub.REPO
                + "/issues?state=all&"
                + "sort=updated&direction=asc&per_page=100: HTTP 401: GitHub rejected the token from GITHUB_TOKEN"
                + " (Bad credentials); check that it is valid and not expired");
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
  }

  @Test
  void theTokenIsNeverStoredInTheIndex() throws Exception {
    assertThat(sync(env(), "--repo", "vllm-project/vllm").exitCode()).isZero();

    byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(Path.of(index()))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(content)
            .as(file.toString())
            .doesNotContain(new String(token, StandardCharsets.ISO_8859_1));
      }
    }
  }

  @Test
  void givingUpAfterMaxWaitExitsWithOneAndKeepsTheCheckpoint() throws Exception {
    assertThat(sync(env(), "--repo", "vllm-project/vllm").exitCode()).isZero();
    Instant reset = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    github.fault(r -> true, github.rateLimited(403, "API rate limit exceeded", reset));

    CliRun run = sync(env(), "--repo", "vllm-project/vllm", "--max-wait", "1m");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .startsWith("devpulse: ")
        .contains("primary rate limit (core) exhausted, resets at " + reset + "; waiting ")
        .contains(" would exceed the maximum wait of 1m");
    try (HistoryIndex index = HistoryIndex.open(Path.of(index()))) {
      assertThat(index.stats().commitData())
          .containsEntry("sync.vllm-project/vllm.issues", "2025-12-10T11:59:00Z");
    }
  }

  @Test
  void syncsEveryRepositoryOfTheOptionsAndTheReposFile() throws Exception {
    github
        .list("/repos/octo/empty/issues", List.of())
        .list("/repos/octo/empty/issues/comments", List.of());
    Path file =
        Files.writeString(
            tmp.resolve("repos.txt"),
            "# watched repositories\n\nocto/empty   # nothing here yet\nvllm-project/vllm\n");

    CliRun run = sync(env(), "--repo", "vllm-project/vllm", "--repos-file", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("synced 2 repositories into ");
    assertThat(github.requests().stream().map(LocalServer.Request::pathAndQuery))
        .anyMatch(p -> p.startsWith("/repos/octo/empty/issues?"))
        .anyMatch(p -> p.startsWith("/repos/octo/empty/issues/comments?"));
  }

  @Test
  void withoutARepositoryItSaysHowToNameOne() {
    CliRun run = sync(env());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .isEqualTo(
            "devpulse: name at least one repository with --repo or --repos-file"
                + System.lineSeparator());
  }

  @Test
  void aBadLineOfTheReposFileIsNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("repos.txt"), "vllm-project/vllm\nnot a repo\n");

    CliRun run = sync(env(), "--repos-file", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .isEqualTo(
            "devpulse: "
                + file
                + ":2: repository (not a repo) must be OWNER/NAME"
                + System.lineSeparator());
  }

  @Test
  void anUnknownRepositoryExitsWithOne() {
    CliRun run = sync(env(), "--repo", "octo/nope");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .isEqualTo(
            "devpulse: "
                + github.url()
                + "/repos/octo/nope/issues?state=all&sort=updated"
                + "&direction=asc&per_page=100: HTTP 404: not found (or the token from GITHUB_TOKEN cannot see it)"
                + System.lineSeparator());
  }

  @Test
  void aMalformedPageExitsWithOneNamingTheUrl() {
    github.fault(FakeGithub.issuesPage(1), Response.json("[{\"number\": }]"));

    CliRun run = sync(env(), "--repo", "vllm-project/vllm");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err())
        .startsWith("devpulse: " + github.url() + FakeGithub.REPO + "/issues?")
        .contains("malformed JSON");
  }

  @Test
  void aBadSinceIsAUsageError() {
    CliRun run = sync(env(), "--repo", "vllm-project/vllm", "--since", "yesterday");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains(
            "--since (yesterday) must be a date or time, e.g. 2025-12-10 (the start of the day in UTC), 2025-12-10T19:01 (in UTC) or 2025-12-10T11:01Z");
  }

  @Test
  void helpDescribesTheOptions() {
    CliRun run = CliRun.withEnv(env(), "sync", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Fetch what changed on GitHub")
        .contains("--with-files")
        .contains("--max-wait=DURATION")
        .contains("default 15m");
  }
}
