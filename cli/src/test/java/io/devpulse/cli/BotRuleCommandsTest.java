package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bot policy everywhere: a bot rule written only in DRL (no {@code bots.txt} line) changes what
 * {@code stats} counts as bot comments and what the report lists as contributors and bot
 * commenters.
 */
class BotRuleCommandsTest {
  private static final String ISSUE =
      """
      {"url": "https://api.github.com/repos/acme/widgets/issues/%1$d",
       "html_url": "https://github.com/acme/widgets/issues/%1$d", "number": %1$d,
       "title": "%2$s", "user": {"login": "%3$s", "id": 1, "type": "User"}, "labels": [],
       "state": "open", "created_at": "2025-12-10T11:%4$02d:00Z", "updated_at": "2025-12-10T11:%4$02d:00Z",
       "closed_at": null, "author_association": "CONTRIBUTOR", "comments": 0, "body": "text"}""";
  private static final String COMMENT =
      """
      {"url": "https://api.github.com/repos/acme/widgets/issues/comments/%1$d",
       "html_url": "https://github.com/acme/widgets/issues/1#issuecomment-%1$d",
       "issue_url": "https://api.github.com/repos/acme/widgets/issues/1", "id": %1$d,
       "user": {"login": "%2$s", "id": 2, "type": "User"}, "created_at": "2025-12-10T11:%3$02d:00Z",
       "updated_at": "2025-12-10T11:%3$02d:00Z", "author_association": "NONE", "body": "status %1$d"}""";

  @TempDir Path tmp;
  private Path index;
  private Path rules;

  @BeforeEach
  void importIssuesAndCommentsByACiAccountGithubCallsAUser() throws Exception {
    Path issues =
        Files.writeString(
            tmp.resolve("issues.json"),
            "["
                + ISSUE.formatted(1, "Widget breaks", "alice", 10)
                + ","
                + ISSUE.formatted(2, "Nightly run failed", "acme-ci", 20)
                + "]");
    Path comments =
        Files.writeString(
            tmp.resolve("comments.json"),
            "["
                + COMMENT.formatted(11, "acme-ci", 30)
                + ","
                + COMMENT.formatted(12, "acme-ci", 31)
                + ","
                + COMMENT.formatted(13, "bob", 32)
                + "]");
    index = tmp.resolve("index");
    assertThat(
            CliRun.of("import", "--index", index.toString(), issues.toString(), comments.toString())
                .exitCode())
        .isZero();
    rules = tmp.resolve("rules");
    RulePacks.writeBuiltIn(rules, false);
    Files.writeString(
        rules.resolve("bots.drl"),
        """

        rule "bot: our CI account"
        when
            $a : ActorFact( login == "acme-ci" )
        then
            insert(new BotVerdict($a.login(), true, drools.getRule().getName(), "the team's CI account"));
        end
        """,
        StandardOpenOption.APPEND);
  }

  private CliRun report(String... rulesOption) {
    String[] base = {
      "report",
      "--index",
      index.toString(),
      "--repo",
      "acme/widgets",
      "--lang",
      "en",
      "--from",
      "2025-12-10T11:00Z",
      "--to",
      "2025-12-10T12:00Z"
    };
    String[] args =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(base), java.util.Arrays.stream(rulesOption))
            .toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run;
  }

  @Test
  void statsCountTheNewBotsComments() {
    CliRun before = CliRun.of("stats", "--index", index.toString(), "--format", "json");
    CliRun after =
        CliRun.of(
            "stats", "--index", index.toString(), "--rules", rules.toString(), "--format", "json");

    assertThat(before.out()).contains("\"botComments\" : 0");
    assertThat(after.out()).contains("\"botComments\" : 2");
    assertThat(after.err())
        .startsWith("the index was classified by other rules: classified 2 items");
  }

  @Test
  void aPreviewWithOtherRulesLeavesTheIndexAsTheNextPlainCommandExpectsIt() {
    CliRun preview =
        CliRun.of(
            "stats", "--index", index.toString(), "--rules", rules.toString(), "--format", "json");
    CliRun plain = CliRun.of("stats", "--index", index.toString(), "--format", "json");

    assertThat(preview.out()).contains("\"botComments\" : 2");
    assertThat(plain.out()).contains("\"botComments\" : 0");
    assertThat(plain.err()).isEmpty();
  }

  @Test
  void theReportNoLongerCountsTheBotAsAContributorAndListsItsComments() {
    String before = report().out();
    String after = report("--rules", rules.toString()).out();

    assertThat(contributorsLine(before)).contains("acme-ci");
    assertThat(contributorsLine(after)).doesNotContain("acme-ci").contains("alice");
    assertThat(before).contains("human comments: 3 (acme-ci, bob)");
    assertThat(after).contains("human comments: 1 (bob); bot comments: 2 (acme-ci)");
  }

  private static String contributorsLine(String report) {
    return report.lines().filter(l -> l.startsWith("- **Contributors**")).findFirst().orElseThrow();
  }
}
