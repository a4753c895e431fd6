package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.index.IndexUpdate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOUR = "vllm-2025-12-10-hour/";
  private static final String WEEK = "vllm-week-2025-12-12/issues.json";

  @TempDir Path tmp;

  private String index() {
    return tmp.resolve("index").toString();
  }

  private JsonNode json(CliRun run) throws Exception {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void hourFixtureGivesOneIssueFourPullRequestsAndFourBotComments() throws Exception {
    CliRun run =
        CliRun.of(
            "import",
            "--index",
            index(),
            fixture(HOUR + "issues.json"),
            fixture(HOUR + "comments.json"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("imported 5 items (5 new, 0 updated, 0 older copies ignored), 4 comments");
    JsonNode kinds =
        json(CliRun.of("query", "--index", index(), "--count-by", "kind", "--format", "json"));
    assertThat(kinds.path("counts").path("issue").asLong()).isEqualTo(1);
    assertThat(kinds.path("counts").path("pr").asLong()).isEqualTo(4);
    JsonNode stats = json(CliRun.of("stats", "--index", index(), "--format", "json"));
    assertThat(stats.path("comments").asLong()).isEqualTo(4);
    assertThat(stats.path("botComments").asLong()).isEqualTo(4);
  }

  @Test
  void weekImportedTwiceHolds222PullRequestsAndCountsByDaySumTo222() throws Exception {
    assertThat(CliRun.of("import", "--index", index(), fixture(WEEK)).exitCode()).isZero();
    CliRun again = CliRun.of("import", "--index", index(), fixture(WEEK));

    assertThat(again.out()).contains("imported 222 items (0 new, 222 updated");
    JsonNode counts =
        json(
            CliRun.of(
                "query",
                "--index",
                index(),
                "kind:pr AND merged:true",
                "--count-by",
                "day",
                "--format",
                "json"));
    long sum = 0;
    for (JsonNode n : counts.path("counts")) {
      sum += n.asLong();
    }
    assertThat(sum).isEqualTo(222);
    assertThat(counts.path("total").asLong()).isEqualTo(222);
    assertThat(
            json(CliRun.of("stats", "--index", index(), "--format", "json")).path("items").asLong())
        .isEqualTo(222);
  }

  @Test
  void mergedPrsArchiveGives7080PullRequestsAndStatsShowsThem() throws Exception {
    CliRun run =
        CliRun.of("import", "--index", index(), fixture("vllm-merged-prs/issues.jsonl.gz"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    CliRun stats = CliRun.of("stats", "--index", index());
    assertThat(stats.exitCode()).isZero();
    assertThat(stats.out()).contains("vllm-project/vllm").contains("7080");
    JsonNode counts =
        json(
            CliRun.of(
                "query",
                "--index",
                index(),
                "kind:pr AND merged:true",
                "--count-by",
                "kind",
                "--format",
                "json"));
    assertThat(counts.path("counts").path("pr").asLong()).isEqualTo(7080);
  }

  @Test
  void garbledFileFailsWithFileAndPositionAndLeavesTheIndexAsItWas() throws Exception {
    assertThat(CliRun.of("import", "--index", index(), fixture(WEEK)).exitCode()).isZero();
    String before = CliRun.of("stats", "--index", index(), "--format", "json").out();
    Path garbled = tmp.resolve("garbled.json");
    String text = Files.readString(Path.of(fixture(HOUR + "issues.json")));
    Files.writeString(
        garbled, text.substring(0, text.length() / 2) + "}}}]", StandardCharsets.UTF_8);

    CliRun run =
        CliRun.of("import", "--index", index(), fixture(HOUR + "issues.json"), garbled.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).startsWith("devpulse: ").contains("garbled.json:").hasLineCount(1);
    assertThat(CliRun.of("stats", "--index", index(), "--format", "json").out()).isEqualTo(before);
  }

  @Test
  void recordWithoutNumberIsRefusedButSkippedWithSkipBad() throws Exception {
    Path bad = tmp.resolve("bad.jsonl");
    String good = Files.readString(Path.of(fixture(WEEK)));
    JsonNode first = JSON.readTree(good).get(0);
    String missing =
        ((com.fasterxml.jackson.databind.node.ObjectNode) first.deepCopy())
            .without("number")
            .toString();
    Files.writeString(bad, first + "\n" + missing + "\n");

    CliRun refused = CliRun.of("import", "--index", index(), bad.toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(refused.err()).contains("bad.jsonl:2").contains("number");
    assertThat(CliRun.of("stats", "--index", index()).exitCode()).isEqualTo(ExitCode.USER_ERROR);

    CliRun skipped = CliRun.of("import", "--index", index(), "--skip-bad", bad.toString());
    assertThat(skipped.exitCode()).isZero();
    assertThat(skipped.out()).contains("imported 1 item ");
    assertThat(skipped.err()).contains("skipped 1 bad records");
  }

  @Test
  void secondWriterIsToldTheIndexIsInUse() throws Exception {
    Path dir = tmp.resolve("index");
    try (IndexUpdate writer = IndexUpdate.open(dir)) {
      CliRun run = CliRun.of("import", "--index", dir.toString(), fixture(WEEK));

      assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
      assertThat(run.err().strip())
          .isEqualTo("devpulse: index " + dir + " is in use by another devpulse process");
    }
  }

  @Test
  void missingFileIsAUserError() {
    CliRun run = CliRun.of("import", "--index", index(), tmp.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err()).contains("cannot read").contains("nope.json");
  }

  @Test
  void indexDefaultsToDevpulseHome() {
    Map<String, String> env = Map.of("DEVPULSE_HOME", tmp.resolve("home").toString());

    CliRun run = CliRun.withEnv(env, "import", fixture(WEEK));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.isDirectory(tmp.resolve("home/index"))).isTrue();
  }
}
