package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devpulse.github.BadInputException;
import io.devpulse.github.Durations;
import io.devpulse.github.GithubApiException;
import io.devpulse.github.GithubClient;
import io.devpulse.github.LocalServer.Response;
import io.devpulse.github.RateLimitWaitException;
import io.devpulse.github.RecordingSleeper;
import io.devpulse.github.SyncCheckpoint;
import io.devpulse.github.SyncStream;
import io.devpulse.github.TokenSource;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexStats;
import io.devpulse.index.IndexedItem;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncerTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Instant NOW = Instant.parse("2025-12-10T12:01:00Z");
  private static final String ISSUES_CHECKPOINT = "sync.vllm-project/vllm.issues";
  private static final String COMMENTS_CHECKPOINT = "sync.vllm-project/vllm.comments";

  @TempDir Path tmp;

  private final FakeGithub github = new FakeGithub(2);
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<String> events = new ArrayList<>();
  private Duration maxWait = Duration.ofMinutes(15);
  private Duration timeout = Duration.ofSeconds(5);

  @AfterEach
  void stop() {
    github.close();
  }

  private Path index() {
    return tmp.resolve("index");
  }

  /**
   * Records stored pages and waits; {@code stopAfterPages} > 0 throws after that many committed
   * pages.
   */
  private SyncListener recorder(int stopAfterPages) {
    return new SyncListener() {
      int pages;

      @Override
      public void pageStored(Repository r, SyncStream s, int page, int records, SyncCheckpoint c) {
        events.add(s.key() + " page " + page + ": " + records + " through " + c.updatedThrough());
        if (++pages == stopAfterPages) {
          throw new IllegalStateException("killed");
        }
      }

      @Override
      public void notModified(Repository r, SyncStream s) {
        events.add(s.key() + " not modified");
      }

      @Override
      public void waiting(Duration d, String reason) {
        events.add("wait " + Durations.human(d) + ": " + reason);
      }
    };
  }

  private SyncRepositories.Result sync(SyncOptions options) throws Exception {
    return sync(options, recorder(0), item -> null);
  }

  private SyncRepositories.Result sync(
      SyncOptions options, SyncListener listener, Function<Item, Classification> classifier)
      throws Exception {
    try (GithubClient client =
        GithubClient.builder(github.url())
            .token(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", "ghp_test")))
            .sleeper(sleeper)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .listener(listener)
            .maxWait(maxWait)
            .timeout(timeout)
            .build()) {
      return new Syncer(
              client, listener, classifier, "test-rules", Clock.fixed(NOW, ZoneOffset.UTC))
          .sync(index(), List.of(VLLM), options);
    }
  }

  private IndexStats stats() {
    try (HistoryIndex index = HistoryIndex.open(index())) {
      return index.stats();
    }
  }

  @Test
  void syncsTheHourPageByPageWithACheckpointPerStream() throws Exception {
    SyncRepositories.Result summary = sync(SyncOptions.defaults());

    assertThat(summary)
        .isEqualTo(new SyncRepositories.Result(1, 5, 0, 0, 4, 0, 5, 0, Duration.ZERO));
    assertThat(events)
        .containsExactly(
            "issues page 1: 2 through 2025-12-10T11:40:00Z",
            "issues page 2: 2 through 2025-12-10T11:58:00Z",
            "issues page 3: 1 through 2025-12-10T11:59:00Z",
            "comments page 1: 2 through 2025-12-10T11:40:00Z",
            "comments page 2: 2 through 2025-12-10T11:58:00Z");
    IndexStats stats = stats();
    assertThat(stats.items()).isEqualTo(5);
    assertThat(stats.comments()).isEqualTo(4);
    assertThat(stats.commitData())
        .containsEntry(ISSUES_CHECKPOINT, "2025-12-10T11:59:00Z")
        .containsEntry(COMMENTS_CHECKPOINT, "2025-12-10T11:58:00Z")
        .containsEntry("lastSync", NOW.toString());
    assertThat(github.requests().get(0).pathAndQuery())
        .isEqualTo(
            "/repos/vllm-project/vllm/issues?state=all&sort=updated&direction=asc&per_page=100");
  }

  @Test
  void aRepeatedSyncReadsFromTheCheckpointAndThenGetsOnly304s() throws Exception {
    sync(SyncOptions.defaults());

    SyncRepositories.Result second = sync(SyncOptions.defaults());
    SyncRepositories.Result third = sync(SyncOptions.defaults());

    // GitHub's since is inclusive: the second sync reads the last second again, as unchanged
    // copies.
    assertThat(second)
        .isEqualTo(new SyncRepositories.Result(1, 0, 0, 1, 0, 0, 2, 0, Duration.ZERO));
    assertThat(github.requests().get(5).pathAndQuery()).endsWith("&since=2025-12-10T11:59:00Z");
    assertThat(github.requests().get(6).pathAndQuery()).endsWith("&since=2025-12-10T11:58:00Z");
    // The third asks with the ETags the second stored; 304s cost no rate limit and store nothing.
    assertThat(third).isEqualTo(new SyncRepositories.Result(1, 0, 0, 0, 0, 0, 2, 2, Duration.ZERO));
    assertThat(github.requests().get(7).header("If-None-Match")).isNotBlank();
    assertThat(events).endsWith("issues not modified", "comments not modified");
    assertThat(stats().documents()).isEqualTo(9);
  }

  @Test
  void aSyncStoppedBetweenBatchesResumesWithoutLossOrDuplicates() throws Exception {
    assertThatThrownBy(() -> sync(SyncOptions.defaults(), recorder(1), item -> null))
        .hasMessage("killed");
    IndexStats stopped = stats();
    assertThat(stopped.items()).isEqualTo(2);
    assertThat(stopped.commitData())
        .containsEntry(ISSUES_CHECKPOINT, "2025-12-10T11:40:00Z")
        .doesNotContainKey(COMMENTS_CHECKPOINT);

    SyncRepositories.Result resumed = sync(SyncOptions.defaults());

    assertThat(github.requests().get(1).pathAndQuery()).endsWith("&since=2025-12-10T11:40:00Z");
    assertThat(resumed.added()).isEqualTo(3);
    assertThat(resumed.unchanged()).isEqualTo(1); // #30385, updated 11:40, read again
    IndexStats done = stats();
    assertThat(done.items()).isEqualTo(5);
    assertThat(done.comments()).isEqualTo(4);
    assertThat(done.documents()).isEqualTo(9);
    assertThat(done.commitData())
        .containsEntry(ISSUES_CHECKPOINT, "2025-12-10T11:59:00Z")
        .containsEntry(COMMENTS_CHECKPOINT, "2025-12-10T11:58:00Z");
  }

  @Test
  void anExhaustedPrimaryLimitIsWaitedOutUntilItsReset() throws Exception {
    maxWait = Duration.ofHours(2);
    github.fault(
        FakeGithub.issuesPage(2),
        github.rateLimited(403, "API rate limit exceeded for user ID 1."));

    SyncRepositories.Result summary = sync(SyncOptions.defaults());

    assertThat(sleeper.waits()).containsExactly(Duration.ofMinutes(59).plusSeconds(1));
    assertThat(events)
        .contains(
            "wait 59m 1s: primary rate limit (core) exhausted, resets at 2025-12-10T13:00:00Z");
    assertThat(summary.added()).isEqualTo(5);
    assertThat(summary.requests()).isEqualTo(6);
  }

  @Test
  void aSecondaryLimitWaitsRetryAfter() throws Exception {
    github.fault(
        FakeGithub.path("/issues/comments?"),
        Response.status(403, "{\"message\":\"You have exceeded a secondary rate limit.\"}")
            .header("Retry-After", "5"));

    SyncRepositories.Result summary = sync(SyncOptions.defaults());

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));
    assertThat(summary.comments()).isEqualTo(4);
  }

  @Test
  void aServerErrorIsRetriedAndTheSyncCompletes() throws Exception {
    github.fault(FakeGithub.issuesPage(2), Response.status(500, "{\"message\":\"Server Error\"}"));

    SyncRepositories.Result summary = sync(SyncOptions.defaults());

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    assertThat(summary.added()).isEqualTo(5);
    assertThat(stats().documents()).isEqualTo(9);
  }

  @Test
  void aTimeoutIsRetriedAndTheSyncCompletes() throws Exception {
    timeout = Duration.ofMillis(300);
    github.fault(FakeGithub.issuesPage(1), Response.json("[]").delayed(Duration.ofSeconds(3)));

    SyncRepositories.Result summary = sync(SyncOptions.defaults());

    assertThat(summary.added()).isEqualTo(5);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aNextLinkBackToAnEarlierPageStopsTheSyncKeepingWhatWasStored() throws Exception {
    String page1 =
        github.url()
            + FakeGithub.REPO
            + "/issues?state=all&sort=updated&direction=asc&per_page=100&page=1";
    // (a non-empty page: an empty one with a next link stops the walk by itself)
    github.fault(
        FakeGithub.issuesPage(2),
        Response.json("[" + FakeGithub.fixture("issues.json").get(0) + "]")
            .header("Link", "<" + page1 + ">; rel=\"next\""));

    assertThatThrownBy(() -> sync(SyncOptions.defaults()))
        .isInstanceOf(GithubApiException.class)
        .hasMessageContaining("of this listing again; stopping instead of paging in a loop");

    // The first URL has no page number, so "page=1" reads as new once; its next link then repeats.
    assertThat(github.requests()).hasSize(3);
    assertThat(stats().items()).isEqualTo(2);
  }

  @Test
  void aMalformedPageFailsNamingItsUrlAndNothingOfItIsCommitted() throws Exception {
    github.fault(
        FakeGithub.issuesPage(2), Response.json("[{\"url\": \"https://api.github.com/repos/x/y"));

    assertThatThrownBy(() -> sync(SyncOptions.defaults()))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(
            github.url()
                + FakeGithub.REPO
                + "/issues?state=all&sort=updated&direction=asc&per_page=100&page=2:1:")
        .hasMessageContaining("truncated JSON");

    IndexStats stats = stats();
    assertThat(stats.items()).isEqualTo(2);
    assertThat(stats.commitData())
        .containsEntry(ISSUES_CHECKPOINT, "2025-12-10T11:40:00Z")
        .doesNotContainKey(COMMENTS_CHECKPOINT);
  }

  @Test
  void aServerAnsweringWithAnotherRepositorysRecordsWritesNothingOfThem() throws Exception {
    // given vllm synced, and a server for o/r that answers with vllm's issue, newer and defaced,
    // and a
    // comment whose issue_url points at vllm (the cross-repository write of issue #24)
    sync(SyncOptions.defaults());
    JsonNode victim = FakeGithub.fixture("issues.json").get(0);
    int number = victim.get("number").asInt();
    String title = victim.get("title").asText();
    ObjectNode defaced = victim.deepCopy();
    defaced.put("title", "DEFACED by o/r server").put("updated_at", "2025-12-10T11:59:30Z");
    github.list("/repos/o/r/issues", List.of(defaced));
    github.list("/repos/o/r/issues/comments", FakeGithub.fixture("comments.json"));
    Repository other = Repository.parse("o/r");
    // when
    assertThatThrownBy(() -> sync(other))
        // then
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("names repository vllm-project/vllm, not o/r that was asked for");
    try (HistoryIndex index = HistoryIndex.open(index())) {
      assertThat(index.item(VLLM, number).orElseThrow().item().title()).isEqualTo(title);
      assertThat(index.stats().items()).isEqualTo(5);
    }
    // and the comments stream alone is refused the same way
    github.list("/repos/o/r/issues", List.of());
    assertThatThrownBy(() -> sync(other))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("/issues/comments?")
        .hasMessageContaining("names repository vllm-project/vllm");
    assertThat(stats().comments()).isEqualTo(4);
  }

  private SyncRepositories.Result sync(Repository repository) throws Exception {
    try (GithubClient client =
        GithubClient.builder(github.url())
            .token(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", "ghp_test")))
            .sleeper(sleeper)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .listener(recorder(0))
            .maxWait(maxWait)
            .timeout(timeout)
            .build()) {
      return new Syncer(
              client, recorder(0), item -> null, "test-rules", Clock.fixed(NOW, ZoneOffset.UTC))
          .sync(index(), List.of(repository), SyncOptions.defaults());
    }
  }

  @Test
  void aRejectedTokenStopsTheSyncBeforeAnythingIsStored() {
    github.fault(
        FakeGithub.issuesPage(1), Response.status(401, "{\"message\":\"Bad credentials\"}"));

    assertThatThrownBy(() -> sync(SyncOptions.defaults()))
        .isInstanceOf(GithubApiException.class)
        .hasMessageContaining(
            "HTTP 401: GitHub rejected the token from GITHUB_TOKEN (Bad credentials)")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("ghp_test"));
    assertThat(github.requests()).hasSize(1);
  }

  @Test
  void givingUpOnALongRateLimitKeepsTheCheckpoint() throws Exception {
    sync(SyncOptions.defaults());
    Map<String, String> before = stats().commitData();
    maxWait = Duration.ofMinutes(5);
    github.fault(FakeGithub.issuesPage(1), github.rateLimited(429, "API rate limit exceeded"));

    assertThatThrownBy(() -> sync(SyncOptions.defaults()))
        .isInstanceOf(RateLimitWaitException.class)
        .hasMessageEndingWith(
            "primary rate limit (core) exhausted, resets at 2025-12-10T13:00:00Z;"
                + " waiting 59m 1s would exceed the maximum wait of 5m");

    Map<String, String> after = new java.util.HashMap<>(stats().commitData());
    // The checkpoints stay; the coverage records that this sync stopped early, and proves nothing
    // new.
    assertThat(after.remove(COVERAGE))
        .contains("\"stopped\":\"rate_limit\"")
        .contains("\"synced\":[[null,\"2025-12-10T12:01:00Z\"]]");
    Map<String, String> checkpoints = new java.util.HashMap<>(before);
    checkpoints.remove(COVERAGE);
    assertThat(after).isEqualTo(checkpoints);
    assertThat(sleeper.waits()).isEmpty();
  }

  private static final String COVERAGE = "coverage:vllm-project/vllm";

  @Test
  void withReviewsAndFilesFetchesThemForEveryPullRequestOfThePage() throws Exception {
    github.list(
        FakeGithub.REPO + "/pulls/30385/reviews",
        FakeGithub.parse(
            """
        [{"id": 9001, "user": {"login": "reviewer", "type": "User"}, "state": "APPROVED",
          "submitted_at": "2025-12-10T11:45:00Z", "body": "LGTM",
          "pull_request_url": "https://api.github.com/repos/vllm-project/vllm/pulls/30385"}]"""));
    github.list(
        FakeGithub.REPO + "/pulls/30385/files",
        FakeGithub.parse(
            """
        [{"filename": "vllm/attention/backends/triton.py"}, {"filename": "docs/a.md"},
         {"filename": "tests/test_a.py"}]"""));
    for (int pr : List.of(30386, 30388, 30348)) {
      github.list(FakeGithub.REPO + "/pulls/" + pr + "/reviews", List.of());
      github.list(FakeGithub.REPO + "/pulls/" + pr + "/files", List.of());
    }

    SyncRepositories.Result summary = sync(new SyncOptions(null, true, true));

    assertThat(summary.reviews()).isEqualTo(1);
    assertThat(summary.requests()).isEqualTo(5 + 4 * 2 + 1); // files of #30385 come in two pages
    try (HistoryIndex index = HistoryIndex.open(index())) {
      assertThat(index.item(VLLM, 30385).orElseThrow().item().changedFiles())
          .containsExactly("vllm/attention/backends/triton.py", "docs/a.md", "tests/test_a.py");
      assertThat(index.item(VLLM, 30387).orElseThrow().item().changedFiles()).isEmpty();
      assertThat(index.reviews(VLLM, 30385))
          .singleElement()
          .satisfies(r -> assertThat(r.author().login()).isEqualTo("reviewer"));
    }
  }

  @Test
  void everyItemPassesTheClassifierBeforeItIsStored() throws Exception {
    List<Integer> seen = new ArrayList<>();
    Function<Item, Classification> classifier =
        item -> {
          seen.add(item.number());
          return new Classification(
              List.of("t" + item.number()), Priority.parse("high"), List.of(), "fp1");
        };

    sync(SyncOptions.defaults(), recorder(0), classifier);

    assertThat(seen).containsExactly(30386, 30385, 30387, 30388, 30348);
    try (HistoryIndex index = HistoryIndex.open(index())) {
      IndexedItem item = index.item(VLLM, 30387).orElseThrow();
      assertThat(item.classification().topics()).containsExactly("t30387");
    }
  }

  @Test
  void sinceOverridesTheCheckpoint() throws Exception {
    SyncRepositories.Result summary =
        sync(new SyncOptions(Instant.parse("2025-12-10T11:45:00Z"), false, false));

    assertThat(github.requests().get(0).pathAndQuery()).endsWith("&since=2025-12-10T11:45:00Z");
    assertThat(summary.added()).isEqualTo(2);
    assertThat(summary.comments()).isEqualTo(2);
  }
}
