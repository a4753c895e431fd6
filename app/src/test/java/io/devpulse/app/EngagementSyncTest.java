package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engagement changes an item's priority: a second sync against a GitHub on 127.0.0.1 brings more
 * people saying they have the same problem — the issue itself unchanged — and the issue's priority
 * and evidence change; imports of the same records in either order store the same.
 */
class EngagementSyncTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final String API = "https://api.github.com/repos/vllm-project/vllm";

  @TempDir Path tmp;

  static String issue() {
    return """
        {"url": "%s/issues/501", "repository_url": "%s", "number": 501,
         "title": "[Bug]: streamed responses drop the last tokens with Llama 3",
         "user": {"login": "reporter", "type": "User"}, "labels": [{"name": "bug"}],
         "state": "open", "comments": 2, "author_association": "NONE",
         "created_at": "2025-12-09T08:00:00Z", "updated_at": "2025-12-09T09:00:00Z",
         "body": "Serving meta-llama/Llama-3.1-8B-Instruct with vllm serve, the stream ends early.",
         "reactions": {"total_count": 2, "+1": 1}}
        """
        .formatted(API, API);
  }

  static String comment(long id, String login, String type, String association, String body) {
    String time = "2025-12-09T%02d:00:00Z".formatted(9 + (int) id);
    return """
        {"url": "%s/issues/comments/%d", "issue_url": "%s/issues/501", "id": %d,
         "user": {"login": "%s", "type": "%s"}, "author_association": "%s",
         "created_at": "%s", "updated_at": "%s", "body": "%s"}
        """
        .formatted(API, id, API, id, login, type, association, time, time, body);
  }

  static List<String> firstComments() {
    return List.of(
        comment(1, "helper", "User", "NONE", "Which version are you on?"),
        comment(2, "github-actions[bot]", "Bot", "NONE", "+1 same issue"));
  }

  static List<String> laterComments() {
    return List.of(
        comment(3, "alice", "User", "NONE", "Same here on 0.12 with H100."),
        comment(4, "bob", "User", "CONTRIBUTOR", "+1"),
        comment(5, "reporter", "User", "NONE", "same issue still"),
        comment(6, "carol", "User", "NONE", "I am also seeing this with Qwen."),
        comment(7, "maintainer", "User", "MEMBER", "Thanks, looking into it."));
  }

  private void sync(FakeGithub github, Path index) throws IOException {
    new SyncRepositories(TestApp.APP)
        .run(
            new SyncRepositories.Request(
                index,
                List.of(VLLM),
                TestPacks.BUILT_IN,
                new GithubConnection(
                    github.url(),
                    null,
                    Map.of("GITHUB_TOKEN", "ghp_test"),
                    Duration.ofMinutes(1),
                    Duration.ofSeconds(30),
                    "devpulse-test"),
                SyncOptions.defaults(),
                SyncListener.NONE));
  }

  private static Classification stored(Path index) {
    try (HistoryIndex h = HistoryIndex.open(index)) {
      return h.item(VLLM, 501).map(IndexedItem::classification).orElseThrow();
    }
  }

  @Test
  void aSyncBringingSameProblemReportsRaisesTheIssueAndSaysWhy() throws IOException {
    Path index = tmp.resolve("index");
    List<JsonNode> comments =
        new ArrayList<>(FakeGithub.parse("[" + String.join(",", firstComments()) + "]"));
    try (FakeGithub github = new FakeGithub(2)) {
      github
          .list(FakeGithub.REPO + "/issues", FakeGithub.parse("[" + issue() + "]"))
          .list(FakeGithub.REPO + "/issues/comments", comments);
      sync(github, index);
      Classification before = stored(index);
      assertThat(before.priority()).isEqualTo(Priority.NORMAL);
      assertThat(before.priorityReasons()).isEmpty();

      // The issue record does not change; only new comments arrive.
      comments.addAll(FakeGithub.parse("[" + String.join(",", laterComments()) + "]"));
      sync(github, index);
    }
    Classification after = stored(index);
    assertThat(after.priority()).isEqualTo(Priority.HIGH);
    assertThat(after.priorityReasons())
        .extracting(Evidence::rule, Evidence::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "priority: many people discuss a bug report",
                "5 people commented besides the author (5 or more), 7 comments held"),
            org.assertj.core.groups.Tuple.tuple(
                "priority: same problem reported by several people",
                "3 people besides the author report the same problem (first: 'Same here'; 3 or"
                    + " more), 5 people commented"),
            org.assertj.core.groups.Tuple.tuple(
                "priority: a maintainer answered",
                "answered 8 hours after it was opened, by maintainer 'maintainer'"));
    try (HistoryIndex h = HistoryIndex.open(index)) {
      assertThat(h.commentsOn(VLLM, 501))
          .extracting(c -> c.authorAssociation())
          .contains("MEMBER", "CONTRIBUTOR");
      assertThat(h.item(VLLM, 501).orElseThrow().item().reactions().plusOne()).isEqualTo(1);
    }
  }

  /** Issue {@code number}, opened by {@code login} on 2025-12-09 at {@code hour}:00. */
  static String report(int number, String login, int hour, String title) {
    String time = "2025-12-09T%02d:00:00Z".formatted(hour);
    return """
        {"url": "%s/issues/%d", "repository_url": "%s", "number": %d, "title": "%s",
         "user": {"login": "%s", "type": "User"}, "labels": [{"name": "bug"}],
         "state": "open", "comments": 1, "author_association": "NONE",
         "created_at": "%s", "updated_at": "%s", "body": "The stream ends early."}
        """
        .formatted(API, number, API, number, title, login, time, time);
  }

  /** A comment on issue {@code number} by a maintainer, created {@code created}. */
  static String onIssue(long id, int number, String body, String created, String updated) {
    return """
        {"url": "%s/issues/comments/%d", "issue_url": "%s/issues/%d", "id": %d,
         "user": {"login": "triager", "type": "User"}, "author_association": "MEMBER",
         "created_at": "%s", "updated_at": "%s", "body": "%s"}
        """
        .formatted(API, id, API, number, id, created, updated, body);
  }

  static List<JsonNode> reports() {
    return FakeGithub.parse(
        "["
            + String.join(
                ",",
                report(601, "reporter", 8, "[Bug]: streamed responses lose their last tokens"),
                report(602, "second", 10, "[Bug]: last tokens missing when streaming"),
                report(603, "third", 11, "[Bug]: streaming output truncated with Qwen"))
            + "]");
  }

  private static Classification stored(Path index, int number) {
    try (HistoryIndex h = HistoryIndex.open(index)) {
      return h.item(VLLM, number).map(IndexedItem::classification).orElseThrow();
    }
  }

  @Test
  void aSyncMarkingTwoIssuesDuplicatesOfAnotherRaisesItAndAnEditLowersItAgain() throws IOException {
    Path index = tmp.resolve("index");
    List<JsonNode> comments = new ArrayList<>();
    Classification before;
    try (FakeGithub github = new FakeGithub(2)) {
      github
          .list(FakeGithub.REPO + "/issues", reports())
          .list(FakeGithub.REPO + "/issues/comments", comments);
      sync(github, index);
      before = stored(index, 601);
      assertThat(before.priority()).isEqualTo(Priority.NORMAL);

      // The issues do not change; a maintainer marks the two later ones duplicates of #601.
      comments.addAll(
          FakeGithub.parse(
              "["
                  + onIssue(
                      11, 602, "Duplicate of #601", "2025-12-10T09:00:00Z", "2025-12-10T09:00:00Z")
                  + ","
                  + onIssue(
                      12,
                      603,
                      "Closing as a duplicate of #601, thanks!",
                      "2025-12-10T10:00:00Z",
                      "2025-12-10T10:00:00Z")
                  + "]"));
      sync(github, index);
      Classification raised = stored(index, 601);
      assertThat(raised.priority()).isEqualTo(Priority.HIGH);
      assertThat(raised.priorityReasons())
          .extracting(Evidence::rule, Evidence::text)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "priority: reported again in duplicate issues",
                  "2 other issues are marked duplicates of this one: '#602', '#603' (2 or more)"));

      // The maintainer takes one mark back: the edit lowers #601 again.
      comments.set(
          1,
          FakeGithub.parse(
                  "["
                      + onIssue(
                          12,
                          603,
                          "Not the same after all: this one is Qwen only.",
                          "2025-12-10T10:00:00Z",
                          "2025-12-11T10:00:00Z")
                      + "]")
              .getFirst());
      sync(github, index);
    }
    assertThat(stored(index, 601)).isEqualTo(before);

    Reclassify.Result again =
        new Reclassify(TestApp.APP).run(new Reclassify.Request(index, TestPacks.BUILT_IN, true));
    assertThat(again.changed()).as("what the syncs stored is what classifying anew gives").isZero();
  }

  @Test
  void duplicateMarksImportedBeforeOrAfterTheIssuesGiveTheSameClassification() throws IOException {
    Path issueFile =
        Files.write(
            tmp.resolve("issues.jsonl"),
            List.of(
                    report(601, "reporter", 8, "[Bug]: streamed responses lose their last tokens"),
                    report(602, "second", 10, "[Bug]: last tokens missing when streaming"),
                    report(603, "third", 11, "[Bug]: streaming output truncated with Qwen"))
                .stream()
                .map(r -> r.replace("\n", " "))
                .toList());
    Path commentFile =
        Files.write(
            tmp.resolve("marks.jsonl"),
            List.of(
                    onIssue(
                        11,
                        602,
                        "Duplicate of #601",
                        "2025-12-10T09:00:00Z",
                        "2025-12-10T09:00:00Z"),
                    onIssue(
                        12,
                        603,
                        "Duplicate of #601",
                        "2025-12-10T10:00:00Z",
                        "2025-12-10T10:00:00Z"))
                .stream()
                .map(c -> c.replace("\n", " "))
                .toList());
    Path itemsFirst = tmp.resolve("items-first");
    importFiles(itemsFirst, issueFile);
    importFiles(itemsFirst, commentFile);
    Path commentsFirst = tmp.resolve("comments-first");
    importFiles(commentsFirst, commentFile);
    importFiles(commentsFirst, issueFile);
    Path together = tmp.resolve("together");
    importFiles(together, commentFile, issueFile);

    assertThat(stored(itemsFirst, 601).priority()).isEqualTo(Priority.HIGH);
    assertThat(stored(commentsFirst, 601)).isEqualTo(stored(itemsFirst, 601));
    assertThat(stored(together, 601)).isEqualTo(stored(itemsFirst, 601));
  }

  @Test
  void commentsImportedBeforeOrAfterTheirIssueGiveTheSameClassification() throws IOException {
    List<String> all = new ArrayList<>(firstComments());
    all.addAll(laterComments());
    Path issueFile = Files.writeString(tmp.resolve("issue.jsonl"), issue().replace("\n", " "));
    Path commentFile =
        Files.write(
            tmp.resolve("comments.jsonl"), all.stream().map(c -> c.replace("\n", " ")).toList());

    Path itemsFirst = tmp.resolve("items-first");
    importFiles(itemsFirst, issueFile);
    assertThat(stored(itemsFirst).priority()).isEqualTo(Priority.NORMAL);
    importFiles(itemsFirst, commentFile);

    Path commentsFirst = tmp.resolve("comments-first");
    importFiles(commentsFirst, commentFile);
    importFiles(commentsFirst, issueFile);

    Path together = tmp.resolve("together");
    importFiles(together, commentFile, issueFile);

    assertThat(stored(itemsFirst).priority()).isEqualTo(Priority.HIGH);
    assertThat(stored(commentsFirst)).isEqualTo(stored(itemsFirst));
    assertThat(stored(together)).isEqualTo(stored(itemsFirst));

    Reclassify.Result again =
        new Reclassify(TestApp.APP)
            .run(new Reclassify.Request(itemsFirst, TestPacks.BUILT_IN, true));
    assertThat(again.changed()).isZero();
  }

  private static void importFiles(Path index, Path... files) throws IOException {
    new ImportFiles(TestApp.APP)
        .run(
            new ImportFiles.Request(
                index, List.of(files), ReadOptions.defaults(), TestPacks.BUILT_IN));
  }
}
