package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.devpulse.cli.common.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roll-ups through the command line: the sample hour of vllm-project/vllm and a small second
 * repository made here (the hour's issue #30387, pull request #30388 and closed #30348, and their
 * comments, under acme/widgets), reported together and as a site.
 */
class RollUpCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] WINDOW = {
    "--from", "2025-12-10T11:01Z", "--to", "2025-12-10T12:01Z", "--tz", "Asia/Shanghai"
  };

  @TempDir static Path tmp;
  private static String index;

  @BeforeAll
  static void importBoth() throws IOException {
    index = tmp.resolve("index").toString();
    Path issues = secondRepository("issues.json", "number");
    Path comments = secondRepository("comments.json", "issue_url");
    CliRun run =
        CliRun.of(
            "import",
            "--index",
            index,
            fixture("vllm-2025-12-10-hour/issues.json"),
            fixture("vllm-2025-12-10-hour/comments.json"),
            issues.toString(),
            comments.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  /**
   * The fixture's records of the kept items, with acme/widgets for vllm-project/vllm in every URL.
   */
  private static Path secondRepository(String file, String keyField) throws IOException {
    Set<String> kept = Set.of("30387", "30388", "30348");
    String text =
        Files.readString(Path.of(fixture("vllm-2025-12-10-hour/" + file)))
            .replace("vllm-project/vllm", "acme/widgets");
    ArrayNode out = JSON.createArrayNode();
    for (JsonNode record : JSON.readTree(text)) {
      String key = record.get(keyField).asText();
      if (kept.contains(key.substring(key.lastIndexOf('/') + 1))) {
        out.add(record);
      }
    }
    assertThat(out).isNotEmpty();
    Path path = tmp.resolve("widgets-" + file);
    JSON.writeValue(path.toFile(), out);
    return path;
  }

  private static CliRun report(String... more) {
    List<String> args = new ArrayList<>(List.of("report", "--index", index));
    args.addAll(List.of(WINDOW));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void theRollUpsCountsAreEachRepositorysAddedUp() throws IOException {
    JsonNode rollUp =
        json(report("--repo", "vllm-project/vllm", "--repo", "acme/widgets", "--format", "json"));
    JsonNode vllm = json(report("--repo", "vllm-project/vllm", "--format", "json"));
    JsonNode widgets = json(report("--repo", "acme/widgets", "--format", "json"));

    assertThat(widgets.get("stats").get("newIssues").asInt()).isEqualTo(1);
    assertThat(widgets.get("stats").get("newPullRequests").asInt()).isEqualTo(1);
    rollUp
        .get("stats")
        .fieldNames()
        .forEachRemaining(
            f -> {
              int a = vllm.get("stats").get(f).asInt();
              int b = widgets.get("stats").get(f).asInt();
              assertThat(rollUp.get("stats").get(f).asInt()).as(f).isEqualTo(a + b);
              assertThat(rollUp.get("statsByRepository").get(0).get("stats").get(f).asInt())
                  .as(f)
                  .isEqualTo(a);
              assertThat(rollUp.get("statsByRepository").get(1).get("stats").get(f).asInt())
                  .as(f)
                  .isEqualTo(b);
            });
    assertThat(rollUp.get("statsByRepository").get(1).get("repository").asText())
        .isEqualTo("acme/widgets");
    assertThat(rollUp.get("header").get("repositories").toString())
        .isEqualTo("[\"vllm-project/vllm\",\"acme/widgets\"]");
    int listed = 0;
    for (JsonNode list : rollUp.get("appendix")) {
      for (JsonNode item : list) {
        assertThat(item.get("url").asText())
            .startsWith("https://github.com/" + item.get("repository").asText() + "/");
        listed++;
      }
    }
    assertThat(listed)
        .isEqualTo(
            vllm.get("appendix").findValues("url").size()
                + widgets.get("appendix").findValues("url").size());
    assertThat(vllm.has("statsByRepository")).isFalse();
    assertThat(vllm.get("appendix").get("newIssues").get(0).has("repository")).isFalse();
  }

  @Test
  void markdownLabelsEveryItemWithItsRepository() {
    CliRun run = report("--repo", "vllm-project/vllm", "--repo", "acme/widgets", "--lang", "en");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "---\ntitle: \"vllm-project/vllm + acme/widgets Development Report - 2025-12-10\"\n")
        .contains(
            "> - vllm-project/vllm: New issues 1 | Closed issues 0 | New PRs 3 | Merged PRs 0 | Closed unmerged PRs 1")
        .contains(
            "> - acme/widgets: New issues 1 | Closed issues 0 | New PRs 1 | Merged PRs 0 | Closed unmerged PRs 1")
        .contains("- [acme/widgets#30387](https://github.com/acme/widgets/issues/30387)")
        .contains("- [vllm-project/vllm#30387](https://github.com/vllm-project/vllm/issues/30387)")
        .doesNotContain("- [#");
  }

  @Test
  void aReposFileGivesTheSameRollUp() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("repos.txt"), "# both\nvllm-project/vllm\n\nacme/widgets  # small\n");

    CliRun fromFile = report("--repos-file", file.toString());
    CliRun fromOptions = report("--repo", "vllm-project/vllm", "--repo", "acme/widgets");

    assertThat(fromFile.exitCode()).as(fromFile.err()).isZero();
    assertThat(fromFile.out()).isEqualTo(fromOptions.out());
  }

  @Test
  void aRollUpPostIsNamedForItsRepositories() throws IOException {
    Path posts = Files.createDirectories(tmp.resolve("_posts"));

    CliRun run =
        report("--repo", "vllm-project/vllm", "--repo", "acme/widgets", "--out", posts.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(posts.resolve("2025-12-10-1901-1h-rollup-vllm-widgets.md")).isRegularFile();
  }

  @Test
  void anUnknownRepositoryInARollUpIsAOneLineUserError() {
    CliRun run = report("--repo", "vllm-project/vllm", "--repo", "a/b");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .isEqualTo(
            "devpulse: repository a/b is not in the index (it holds "
                + "acme/widgets, vllm-project/vllm)");
  }

  @Test
  void aRollUpIsCompleteOnlyIfEveryRepositoryIs() {
    CliRun run =
        report("--repo", "vllm-project/vllm", "--repo", "acme/widgets", "--require-complete");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USER_ERROR);
    assertThat(run.err().strip())
        .startsWith("devpulse: no sync proves vllm-project/vllm + acme/widgets complete");
  }

  @Test
  void noRepositoryIsAUsageError() {
    CliRun run = report();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--repo");
  }

  @Test
  void theSiteOfBothHasThePagesOfEach() throws IOException {
    Path file =
        Files.writeString(tmp.resolve("site-repos.txt"), "vllm-project/vllm\nacme/widgets\n");
    Path out = tmp.resolve("site");

    CliRun run =
        CliRun.of(
            "site",
            "--index",
            index,
            "--out",
            out.toString(),
            "--lang",
            "en",
            "--repos-file",
            file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 repositories");
    for (String repo : List.of("vllm-project/vllm", "acme/widgets")) {
      assertThat(out.resolve(repo + "/topics.html")).isRegularFile();
      assertThat(out.resolve(repo + "/reports/2025-12-10.html")).isRegularFile();
      assertThat(Files.readString(out.resolve("index.html"))).contains(repo);
    }
    // And the roll-up of both for the same day, linked from the home page.
    String rollUp = Files.readString(out.resolve("rollup/reports/2025-12-10.html"));
    assertThat(rollUp)
        .contains(
            "vllm-project/vllm + acme/widgets", "acme/widgets#30387", "vllm-project/vllm#30387");
    assertThat(Files.readString(out.resolve("index.html")))
        .contains(
            "All together: vllm-project/vllm, acme/widgets",
            "href=\"rollup/reports/2025-12-10.html\"");
  }

  @Test
  void theJekyllSiteOfBothPostsTheRollUpBesideEachRepositorysReports() throws IOException {
    Path out = tmp.resolve("jekyll");

    CliRun run =
        CliRun.of(
            "site",
            "--index",
            index,
            "--out",
            out.toString(),
            "--lang",
            "en",
            "--jekyll",
            "--repo",
            "vllm-project/vllm",
            "--repo",
            "acme/widgets");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("_posts/2025-12-10-daily-vllm.md")).isRegularFile();
    assertThat(out.resolve("_posts/2025-12-10-daily-widgets.md")).isRegularFile();
    assertThat(Files.readString(out.resolve("_posts/2025-12-10-daily-rollup-vllm-widgets.md")))
        .contains("[acme/widgets#30387](https://github.com/acme/widgets/issues/30387)");
    assertThat(Files.readString(out.resolve("index.md")))
        .contains("{% post_url 2025-12-10-daily-rollup-vllm-widgets %}");
  }
}
