package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.Devpulse;
import io.devpulse.app.FakeGithub;
import io.devpulse.app.TestApp;
import io.devpulse.cli.common.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports that state only what the index can back: a sync stopped mid-window makes the report warn
 * and {@code --require-complete} refuse; {@code --last} windows tile time; {@code --catch-up} fills
 * exactly the missing windows.
 */
class ReportCoverageCommandsTest {
  private static final String REPO = "vllm-project/vllm";

  @TempDir Path tmp;

  /** One run on an application whose clock reads {@code now}. */
  private static CliRun at(Instant now, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Devpulse app = new Devpulse(Clock.fixed(now, ZoneOffset.UTC));
    int code =
        Main.run(
            app,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            args);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Map<String, String> env() {
    return Map.of("DEVPULSE_HOME", tmp.resolve("home").toString(), "GITHUB_TOKEN", "ghp_x");
  }

  @Test
  void aSyncStoppedByARateLimitMidWindowWarnsAndRequireCompleteWritesNothingUntilItResumes()
      throws Exception {
    String index = tmp.resolve("index").toString();
    Path posts = Files.createDirectory(tmp.resolve("_posts"));
    Instant later = Instant.parse("2025-12-10T12:30:00Z");
    try (FakeGithub github = new FakeGithub(2)) {
      // Page 2 of the issues: the rate limit is out until 2099, far beyond --max-wait.
      github.fault(
          FakeGithub.issuesPage(2),
          github.rateLimited(
              403, "API rate limit exceeded", Instant.parse("2099-01-01T00:00:00Z")));
      String[] sync = {
        "sync",
        "--index",
        index,
        "--repo",
        REPO,
        "--api-url",
        github.url().toString(),
        "--max-wait",
        "1s"
      };
      String[] report = {
        "report",
        "--index",
        index,
        "--repo",
        REPO,
        "--from",
        "2025-12-10T11:01Z",
        "--to",
        "2025-12-10T12:01Z",
        "--lang",
        "en"
      };

      CliRun stopped = at(later, env(), sync);
      CliRun warned = at(later, env(), report);
      CliRun refused =
          at(later, env(), concat(report, "--require-complete", "--out", posts.toString()));
      CliRun stats = at(later, env(), "stats", "--index", index);

      assertThat(stopped.exitCode()).as(stopped.err()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(warned.exitCode()).as(warned.err()).isZero();
      assertThat(warned.out())
          .contains(
              "> Coverage: issues and PRs not fetched (the last sync stopped early:"
                  + " rate limit)")
          .contains("⚠️ No sync proves this window complete (issues and PRs, comments)");
      assertThat(refused.exitCode()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(refused.err())
          .startsWith(
              "devpulse: no sync proves vllm-project/vllm complete for "
                  + "2025-12-10T11:01:00Z .. 2025-12-10T12:01:00Z")
          .hasLineCount(1);
      try (Stream<Path> files = Files.list(posts)) {
        assertThat(files).isEmpty();
      }
      assertThat(stats.out())
          .containsPattern(
              "vllm-project/vllm +items +none +none +2025-12-10T12:30:00Z"
                  + " \\(stopped early: rate limit\\)");

      CliRun resumed = at(later, env(), sync);
      CliRun complete =
          at(later, env(), concat(report, "--require-complete", "--out", posts.toString()));
      CliRun statsAfter = at(later, env(), "stats", "--index", index);

      assertThat(resumed.exitCode()).as(resumed.err()).isZero();
      assertThat(complete.exitCode()).as(complete.err()).isZero();
      String post = Files.readString(posts.resolve("2025-12-10-1101-1h-vllm.md"));
      assertThat(post)
          .contains("> Coverage: issues and PRs synced through 2025-12-10 12:30 (UTC)")
          .doesNotContain("⚠️");
      assertThat(statsAfter.out())
          .containsPattern("vllm-project/vllm +items +beginning \\.\\. 2025-12-10T12:30:00Z")
          .containsPattern("vllm-project/vllm +comments +beginning \\.\\. 2025-12-10T12:30:00Z")
          .doesNotContain("stopped early");
    }
  }

  @Test
  void lastEndsAtTheLastWholeHourOfTheDisplayZone() {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of(
                    "import", "--index", index, TestApp.fixture("vllm-2025-12-10-hour/issues.json"))
                .exitCode())
        .isZero();
    Instant at2007 = Instant.parse("2025-12-10T12:07:00Z"); // 20:07 in UTC+8

    CliRun run =
        at(
            at2007,
            Map.of(),
            "report",
            "--index",
            index,
            "--repo",
            REPO,
            "--last",
            "1h",
            "--tz",
            "Asia/Shanghai",
            "--lang",
            "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("> Window: 2025-12-10 19:00 (UTC+8) ~ 2025-12-10 20:00 (UTC+8)");
  }

  @Test
  void catchUpWritesExactlyTheMissingWholeWindows() throws Exception {
    String index = tmp.resolve("index").toString();
    assertThat(
            CliRun.of(
                    "import", "--index", index, TestApp.fixture("vllm-2025-12-10-hour/issues.json"))
                .exitCode())
        .isZero();
    Path posts = Files.createDirectory(tmp.resolve("_posts"));
    Instant at2007 = Instant.parse("2025-12-10T12:07:00Z");
    String[] catchUp = {
      "report",
      "--index",
      index,
      "--repo",
      REPO,
      "--last",
      "1h",
      "--tz",
      "Asia/Shanghai",
      "--catch-up",
      "--max",
      "3",
      "--out",
      posts.toString()
    };
    List<String> three =
        List.of(
            "2025-12-10-1700-1h-vllm.md",
            "2025-12-10-1800-1h-vllm.md",
            "2025-12-10-1900-1h-vllm.md");

    CliRun first = at(at2007, Map.of(), catchUp);
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(names(posts)).containsExactlyElementsOf(three);
    String kept = Files.readString(posts.resolve(three.get(1)));
    Files.delete(posts.resolve(three.get(0)));
    Files.delete(posts.resolve(three.get(2)));
    Files.writeString(posts.resolve(three.get(1)), "edited by hand");

    CliRun second = at(at2007, Map.of(), catchUp);
    CliRun third = at(at2007, Map.of(), catchUp);

    assertThat(second.out()).isEqualTo("wrote 2 reports into " + posts + "\n");
    assertThat(names(posts)).containsExactlyElementsOf(three);
    assertThat(Files.readString(posts.resolve(three.get(1))))
        .isEqualTo("edited by hand")
        .isNotEqualTo(kept);
    assertThat(third.out()).isEqualTo("wrote 0 reports into " + posts + "\n");
    assertThat(third.err()).isEmpty();
  }

  @Test
  void catchUpNeedsLastAndADirectory() {
    CliRun run =
        CliRun.of(
            "report",
            "--repo",
            REPO,
            "--catch-up",
            "--from",
            "2025-12-10T11:00Z",
            "--to",
            "2025-12-10T12:00Z");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("devpulse: --catch-up needs --last LENGTH and --out DIR");
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
