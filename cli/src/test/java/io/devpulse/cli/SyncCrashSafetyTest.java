package io.devpulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devpulse.app.FakeGithub;
import io.devpulse.github.LocalServer;
import io.devpulse.github.LocalServer.Request;
import io.devpulse.github.LocalServer.Response;
import io.devpulse.github.SyncCheckpoint;
import io.devpulse.github.SyncStream;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexHealth;
import io.devpulse.model.Comment;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code devpulse sync} against a GitHub on 127.0.0.1, killed with SIGKILL at random moments in a
 * child JVM: after every kill the index passes CheckIndex and holds exactly the pages its
 * checkpoint covers (every item and comment updated up to the checkpoint, none after: no partial
 * page, no data without its checkpoint); the next sync resumes from there and the last one
 * converges to exactly everything the server has.
 *
 * <p>Default {@value #DEFAULT_KILLS} kills; more with {@code -Ddevpulse.crash.kills=N}.
 */
@Tag("slow")
class SyncCrashSafetyTest {
  static final int DEFAULT_KILLS = 4;
  static final int ISSUES = 600;
  static final int COMMENTS = 150;
  static final int PAGE = 30;
  static final long SEED = 20251211L;
  static final Repository VLLM = Repository.parse("vllm-project/vllm");
  static final String TOKEN = "ghp_SyncCrashSafetyTestToken000000000001";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2025-12-01T00:00:00Z");

  @TempDir Path tmp;

  @Test
  void killedSyncsKeepDataAndCheckpointTogetherAndResumeToEverything() throws Exception {
    int kills = Integer.getInteger("devpulse.crash.kills", DEFAULT_KILLS);
    List<JsonNode> issues = issues();
    List<JsonNode> comments = comments();
    try (LocalServer server = LocalServer.start()) {
      server.on(FakeGithub.REPO + "/issues", r -> page(server, r, issues));
      server.on(FakeGithub.REPO + "/issues/comments", r -> page(server, r, comments));
      Path index = tmp.resolve("index");
      Map<String, String> env =
          Map.of(
              "DEVPULSE_HOME",
              tmp.resolve("home").toString(),
              "DEVPULSE_PROGRESS",
              "never",
              "GITHUB_TOKEN",
              TOKEN);
      String[] sync = {
        "sync",
        "--repo",
        "vllm-project/vllm",
        "--api-url",
        server.url().toString(),
        "--index",
        index.toString()
      };

      // Kill points: after the child's progress line for its t-th stored page (0: when the stream
      // starts),
      // plus up to 150 ms, i.e. in the middle of the next page.
      Map<String, String> childEnv = new java.util.HashMap<>(env);
      childEnv.put("DEVPULSE_PROGRESS", "always");
      Random random = new Random(SEED);
      int killed = 0;
      for (int k = 1; k <= kills; k++) {
        int pages = random.nextInt(9);
        long extra = random.nextInt(150);
        ChildJvm child = ChildJvm.start(tmp.resolve("kill-" + k + ".log"), childEnv, sync);
        boolean wasKilled =
            child.killWhen(
                () ->
                    pages == 0
                        ? child.logText().contains("syncing since")
                        : child.logText().split("records stored", -1).length - 1 >= pages,
                extra);
        String what = checkConsistent(index, issues.size(), comments.size());
        System.out.printf(
            "SyncCrashSafetyTest: kill %d/%d %d ms after page %d was stored (%d ms in): %s;"
                + " index holds %s%n",
            k,
            kills,
            extra,
            pages,
            child.elapsedMillis(),
            wasKilled ? "killed" : "finished first (exit " + child.exitValue() + ")",
            what);
        killed += wasKilled ? 1 : 0;
        if (!wasKilled) {
          assertThat(child.exitValue()).as(child.logText()).isZero();
        }
      }

      CliRun last = CliRun.withEnv(env, sync);
      assertThat(last.exitCode()).as(last.err()).isZero();
      assertThat(checkConsistent(index, issues.size(), comments.size()))
          .isEqualTo(ISSUES + " items, " + COMMENTS + " comments");
      assertThat(items(index)).hasSize(ISSUES);
      System.out.printf(
          "SyncCrashSafetyTest: %d kills (%d mid-sync), every one left whole pages with their"
              + " checkpoint; resumed to all %d items and %d comments; data lost 0%n",
          kills, killed, ISSUES, COMMENTS);
    }
  }

  /** Items and comments stored are exactly those up to each stream's committed checkpoint. */
  private static String checkConsistent(Path index, int allIssues, int allComments) {
    if (!HistoryIndex.exists(index)) {
      return "nothing (no commit yet)";
    }
    assertThat(IndexHealth.check(index).state()).isEqualTo(IndexHealth.State.OK);
    try (HistoryIndex history = HistoryIndex.open(index)) {
      Map<String, String> data = history.stats().commitData();
      Instant issuesThrough = SyncCheckpoint.read(data, VLLM, SyncStream.ISSUES).updatedThrough();
      Instant commentsThrough =
          SyncCheckpoint.read(data, VLLM, SyncStream.COMMENTS).updatedThrough();
      Set<Integer> numbers = new TreeSet<>();
      history.forEachItem(i -> numbers.add(i.item().number()));
      int expectedItems =
          issuesThrough == null
              ? 0
              : (int) Math.min(allIssues, Duration.between(T0, issuesThrough).toMinutes());
      assertThat(numbers)
          .as("items up to the checkpoint %s", issuesThrough)
          .containsExactlyElementsOf(range(1, expectedItems));
      List<Comment> stored =
          history.comments(null, Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
      int expectedComments =
          commentsThrough == null
              ? 0
              : (int)
                  Math.min(
                      allComments,
                      Duration.between(T0.plusSeconds(30), commentsThrough).toMinutes() + 1);
      assertThat(stored)
          .as("comments up to the checkpoint %s", commentsThrough)
          .hasSize(expectedComments);
      return numbers.size() + " items, " + stored.size() + " comments";
    }
  }

  private static Set<Integer> items(Path index) {
    Set<Integer> numbers = new TreeSet<>();
    try (HistoryIndex history = HistoryIndex.open(index)) {
      history.forEachItem(i -> numbers.add(i.item().number()));
    }
    return numbers;
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> r = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      r.add(i);
    }
    return r;
  }

  /** Issue n is updated at T0 + n minutes. */
  private static List<JsonNode> issues() {
    List<JsonNode> templates = FakeGithub.fixture("issues.json");
    List<JsonNode> out = new ArrayList<>();
    for (int n = 1; n <= ISSUES; n++) {
      ObjectNode item = templates.get(n % templates.size()).deepCopy();
      item.put("number", n)
          .put("id", n)
          .put("title", item.get("title").asText() + " " + n)
          .put("updated_at", T0.plusSeconds(60L * n).toString())
          .put("url", "https://api.github.com/repos/vllm-project/vllm/issues/" + n)
          .put("html_url", "https://github.com/vllm-project/vllm/issues/" + n);
      if (item.has("pull_request")) {
        ((ObjectNode) item.get("pull_request"))
            .put("url", "https://api.github.com/repos/vllm-project/vllm/pulls/" + n)
            .put("html_url", "https://github.com/vllm-project/vllm/pull/" + n);
      }
      out.add(item);
    }
    return out;
  }

  /** Comment c (0-based) is updated at T0 + 30 s + c minutes, on issue c + 1. */
  private static List<JsonNode> comments() {
    List<JsonNode> templates = FakeGithub.fixture("comments.json");
    List<JsonNode> out = new ArrayList<>();
    for (int c = 0; c < COMMENTS; c++) {
      ObjectNode comment = templates.get(c % templates.size()).deepCopy();
      Instant at = T0.plusSeconds(30 + 60L * c);
      comment
          .put("id", 9_000_000 + c)
          .put("created_at", at.toString())
          .put("updated_at", at.toString())
          .put("issue_url", "https://api.github.com/repos/vllm-project/vllm/issues/" + (c + 1))
          .put(
              "url",
              "https://api.github.com/repos/vllm-project/vllm/issues/comments/" + (9_000_000 + c))
          .put(
              "html_url",
              "https://github.com/vllm-project/vllm/issues/"
                  + (c + 1)
                  + "#issuecomment-"
                  + (9_000_000 + c));
      out.add(comment);
    }
    return out;
  }

  /**
   * A page of {@code records} as GitHub serves it: since (inclusive), oldest update first, Link
   * next.
   */
  private static Response page(LocalServer server, Request request, List<JsonNode> records)
      throws Exception {
    String pathAndQuery = request.pathAndQuery();
    Instant since = null;
    int page = 1;
    int q = pathAndQuery.indexOf('?');
    for (String pair : q < 0 ? new String[0] : pathAndQuery.substring(q + 1).split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals("since")) {
        since =
            Instant.parse(
                java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
      } else if (kv[0].equals("page")) {
        page = Integer.parseInt(kv[1]);
      }
    }
    Instant from = since;
    List<JsonNode> selected =
        records.stream()
            .filter(
                r -> from == null || !Instant.parse(r.get("updated_at").asText()).isBefore(from))
            .toList();
    int start = Math.min(selected.size(), (page - 1) * PAGE);
    ArrayNode body = JSON.createArrayNode();
    selected.subList(start, Math.min(selected.size(), start + PAGE)).forEach(body::add);
    Response response = Response.json(JSON.writeValueAsString(body)).delayed(Duration.ofMillis(20));
    if (start + PAGE < selected.size()) {
      String base = server.url() + pathAndQuery.replaceAll("&page=\\d+", "");
      response =
          response.header(
              "Link",
              "<"
                  + base
                  + (base.contains("?") ? "&" : "?")
                  + "page="
                  + (page + 1)
                  + ">; rel=\"next\"");
    }
    return response;
  }
}
