package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --release} and {@code --review-wait} on the synthetic day, through the CLI. */
class ReleaseReportCommandTest {
  @TempDir static Path tmp;

  private static String index;

  @BeforeAll
  static void importTheDay() {
    index = tmp.resolve("index").toString();
    CliRun run =
        CliRun.of(
            "import",
            "--index",
            index,
            fixture("vllm-attention-day/issues.json"),
            fixture("vllm-attention-day/comments.json"),
            fixture("vllm-attention-day/reviews.json"),
            fixture("vllm-attention-day/releases.json"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("and 4 releases");
  }

  @Test
  void reportsARelease() {
    CliRun run =
        CliRun.of(
            "report",
            "--index",
            index,
            "--repo",
            "vllm-project/vllm",
            "--release",
            "v0.11.1",
            "--lang",
            "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("# vllm Release Report - v0.11.1")
        .contains("Merged pull requests: 3; regressions reported against this release: 1.");
  }

  @Test
  void writesAReleasePostIntoADirectory() throws Exception {
    Path posts = Files.createDirectories(tmp.resolve("posts"));

    CliRun run =
        CliRun.of(
            "report",
            "--index",
            index,
            "--repo",
            "vllm-project/vllm",
            "--release",
            "v0.11.0",
            "--out",
            posts.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(
            Files.readString(
                posts.resolve("2025-11-20-release-vllm-v0.11.0.md"), StandardCharsets.UTF_8))
        .contains("版本报告 - v0.11.0");
  }

  @Test
  void anUnknownTagIsOneLineAndExitsOne() {
    CliRun run =
        CliRun.of("report", "--index", index, "--repo", "vllm-project/vllm", "--release", "v0.9");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "devpulse: release (v0.9) is not a published release of vllm-project/vllm the index"
                + " holds; nearby tags: v0.12.0rc1, v0.11.1, v0.11.0");
  }

  @Test
  void aReleaseWithAWindowIsAUsageError() {
    CliRun run =
        CliRun.of(
            "report",
            "--index",
            index,
            "--repo",
            "vllm-project/vllm",
            "--release",
            "v0.11.1",
            "--last",
            "1h");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--release TAG reports on one repository's release");
  }

  @Test
  void aBadReviewWaitIsOneLineAndExitsOne() {
    CliRun run =
        CliRun.of(
            "report",
            "--index",
            index,
            "--repo",
            "vllm-project/vllm",
            "--from",
            "2025-12-11",
            "--to",
            "2025-12-12",
            "--review-wait",
            "2 days");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo("devpulse: --review-wait (2 days) must be a length like 1h, 24h or 7d");
  }

  private static CliRun jsonReport(String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "report",
                "--index",
                index,
                "--repo",
                "vllm-project/vllm",
                "--from",
                "2025-12-11",
                "--to",
                "2025-12-12",
                "--format",
                "json"));
    args.addAll(java.util.List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void thePacksReviewWaitAppliesUnlessTheOptionOverridesIt() throws Exception {
    Path pack = tmp.resolve("wait-pack");
    assertThat(CliRun.of("rules", "init", pack.toString()).exitCode()).as("set-up").isZero();
    Path properties = pack.resolve("pack.properties");
    Files.writeString(
        properties,
        Files.readString(properties, StandardCharsets.UTF_8)
            .replace("attention.review-wait = 48h", "attention.review-wait = 86h"),
        StandardCharsets.UTF_8);

    CliRun builtIn = jsonReport();
    CliRun packs = jsonReport("--rules", pack.toString());
    CliRun option = jsonReport("--rules", pack.toString(), "--review-wait", "24h");

    assertThat(builtIn.exitCode()).as(builtIn.err()).isZero();
    assertThat(builtIn.out()).contains("\"reviewWaitHours\": 48");
    assertThat(packs.exitCode()).as(packs.err()).isZero();
    assertThat(packs.out()).contains("\"reviewWaitHours\": 86");
    assertThat(option.out()).contains("\"reviewWaitHours\": 24");
  }

  @Test
  void rulesCheckNamesABadReviewWaitsFileLineAndKey() throws Exception {
    Path pack = tmp.resolve("bad-wait-pack");
    assertThat(CliRun.of("rules", "init", pack.toString()).exitCode()).as("set-up").isZero();
    Path properties = pack.resolve("pack.properties");
    String text = Files.readString(properties, StandardCharsets.UTF_8);
    Files.writeString(
        properties,
        text.replace("attention.review-wait = 48h", "attention.review-wait = 2 days"),
        StandardCharsets.UTF_8);
    int line = text.lines().toList().indexOf("attention.review-wait = 48h") + 1; // 1-based

    CliRun run = CliRun.of("rules", "check", pack.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "pack.properties:"
                + line
                + ":1: attention.review-wait '2 days' must be a length like 90m, 48h or 3d, at"
                + " most 3650 days");
  }
}
