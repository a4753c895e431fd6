package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user runs into in the first hour on the reference hour's index (issue 22): typos and wrong
 * files are errors that say what to do, never a report of zeros; options read values alike.
 */
class FirstHourTest {
  @TempDir static Path tmp;

  private static String index;

  @BeforeAll
  static void importTheHour() {
    index = tmp.resolve("index").toString();
    CliRun run = CliRun.of("import", "--index", index, fixture("vllm-2025-12-10-hour/issues.json"),
        fixture("vllm-2025-12-10-hour/comments.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private static CliRun report(String repo, String... more) {
    String[] args = {"report", "--index", index, "--repo", repo, "--from", "2025-12-10T11:01Z", "--to",
        "2025-12-10T12:01Z", "--lang", "en"};
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CliRun.of(all);
  }

  // 1. Silent zeros

  @Test
  void aRepositoryTheIndexDoesNotHoldIsAnErrorNamingTheHeldOnes() {
    String held = "devpulse: repository vllm/vllm is not in the index (it holds vllm-project/vllm)\n";
    CliRun report = report("vllm/vllm");
    CliRun query = CliRun.of("query", "--index", index, "--repo", "vllm/vllm", "");
    CliRun counts = CliRun.of("query", "--index", index, "--repo", "vllm/vllm", "--count-by", "author", "");
    CliRun site = CliRun.of("site", "--index", index, "--repo", "vllm/vllm", "--out", tmp.resolve("s").toString());

    for (CliRun run : new CliRun[] {report, query, counts, site}) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(run.err()).isEqualTo(held);
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void repositoriesMatchInAnyCaseAndPrintInTheStoredCase() {
    CliRun run = report("vLLM-project/vLLM");
    CliRun exact = report("vllm-project/vllm");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(exact.out())
        .contains("Coverage: issues and PRs imported from files")
        .doesNotContain("vLLM-project");
    CliRun query = CliRun.of("query", "--index", index, "--repo", "VLLM-PROJECT/VLLM", "--format", "csv", "");
    assertThat(query.exitCode()).as(query.err()).isZero();
    assertThat(query.out()).contains("vllm-project/vllm").doesNotContain("VLLM-PROJECT");
  }

  @Test
  void anEmptyFileIsAnErrorNotZeroItems() throws IOException {
    Path empty = Files.createFile(tmp.resolve("failed-curl.json"));
    CliRun run = CliRun.of("import", "--index", tmp.resolve("other").toString(), empty.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).isEqualTo("devpulse: " + empty + ": empty\n");
  }

  @Test
  void aSavedGithubErrorBodySaysSo() throws IOException {
    Path body = Files.writeString(tmp.resolve("issues.json"), "{\n  \"message\": \"Bad credentials\",\n"
        + "  \"documentation_url\": \"https://docs.github.com/rest\",\n  \"status\": \"401\"\n}\n");
    CliRun run = CliRun.of("import", "--index", tmp.resolve("other").toString(), body.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).isEqualTo("devpulse: " + body + ": a GitHub error response: Bad credentials\n");
  }

  // 5. Command-line errors

  @Test
  void aMistypedOptionOrCommandGetsTheNearestNames() {
    CliRun option = report("vllm-project/vllm", "--form", "json");
    CliRun command = CliRun.of("reprot", "--help");

    assertThat(option.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(option.err()).isEqualTo("devpulse: Unknown options: '--form', 'json'; did you mean --format or"
        + " --force?\nTry 'devpulse report --help' for more information.\n");
    assertThat(command.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(command.err()).startsWith("devpulse: Unmatched argument at index 0: 'reprot'; did you mean report");
  }

  @Test
  void aCityNamesItsZoneWhenUniqueElseTheCandidatesAreListed() {
    CliRun city = report("vllm-project/vllm", "--tz", "Shanghai");
    CliRun ambiguous = report("vllm-project/vllm", "--tz", "eastern");
    CliRun unknown = report("vllm-project/vllm", "--tz", "Atlantis");

    assertThat(city.exitCode()).as(city.err()).isZero();
    assertThat(city.out()).contains("2025-12-10 19:01 (UTC+8) ~ 2025-12-10 20:01 (UTC+8)");
    assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(ambiguous.err()).startsWith("devpulse: Invalid value for option '--tz': eastern could be any of"
        + " Canada/Eastern, US/Eastern; give one of them\n");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).startsWith("devpulse: Invalid value for option '--tz': Atlantis is not a time zone;"
        + " give a region such as Asia/Shanghai or Europe/Berlin, a city such as Shanghai, UTC, or an offset such"
        + " as +08:00\n");
  }

  @Test
  void reportTakesDatesAsSyncDoesInItsZone() {
    CliRun day = CliRun.of("report", "--index", index, "--repo", "vllm-project/vllm", "--from", "2025-12-10",
        "--to", "2025-12-11", "--tz", "Asia/Shanghai", "--lang", "en");

    assertThat(day.exitCode()).as(day.err()).isZero();
    assertThat(day.out()).contains("2025-12-10 00:00 (UTC+8) ~ 2025-12-11 00:00 (UTC+8)");
  }
}
