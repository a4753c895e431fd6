package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.github.BadInputException;
import io.devpulse.github.GithubClient;
import io.devpulse.github.SyncCheckpoint;
import io.devpulse.github.SyncStream;
import io.devpulse.github.TokenSource;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Coverage;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync --with-releases} against a GitHub API on 127.0.0.1 serving the day's releases. */
class SyncReleasesTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Instant NOW = Instant.parse("2025-12-12T00:30:00Z");

  @TempDir Path tmp;

  private final FakeGithub github = new FakeGithub(2);
  private final List<String> events = new ArrayList<>();

  @AfterEach
  void stop() {
    github.close();
  }

  private static List<JsonNode> releases() throws Exception {
    return FakeGithub.parse(
        Files.readString(
            Path.of(TestApp.fixture("vllm-attention-day/releases.json")), StandardCharsets.UTF_8));
  }

  private SyncRepositories.Result sync(SyncOptions options) throws Exception {
    SyncListener listener =
        new SyncListener() {
          @Override
          public void pageStored(
              Repository r, SyncStream s, int page, int records, SyncCheckpoint c) {
            events.add(s.key() + " page " + page + ": " + records);
          }
        };
    try (GithubClient client =
        GithubClient.builder(github.url())
            .token(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", "ghp_test")))
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .listener(listener)
            .build()) {
      return new Syncer(
              client, listener, item -> null, "test-rules", Clock.fixed(NOW, ZoneOffset.UTC))
          .sync(tmp.resolve("index"), List.of(VLLM), options);
    }
  }

  @Test
  void listsEveryReleasePageByPageAndRecordsThemHeldFromTheBeginning() throws Exception {
    github.list(FakeGithub.REPO + "/releases", releases());

    SyncRepositories.Result summary = sync(new SyncOptions(null, false, false, true));

    assertThat(summary.releases()).isEqualTo(4);
    assertThat(events).contains("releases page 1: 2", "releases page 2: 2");
    assertThat(github.requests())
        .anySatisfy(
            r ->
                assertThat(r.pathAndQuery()).isEqualTo(FakeGithub.REPO + "/releases?per_page=100"));
    try (HistoryIndex index = HistoryIndex.open(tmp.resolve("index"))) {
      assertThat(index.stats().releases()).isEqualTo(4);
      assertThat(index.releases(VLLM).stream().map(Release::tag))
          .containsExactly("v0.11.0", "v0.11.1", "v0.12.0rc1", "v0.11.2");
      Release draft = index.releases(VLLM).get(3);
      assertThat(draft.draft()).isTrue();
      assertThat(draft.publishedAtOrNull()).isNull();
      Coverage coverage = CoverageLedger.read(index.commitData()).coverageOf(VLLM);
      assertThat(coverage.holdsReleasesBefore(NOW)).contains(Coverage.Source.SYNCED);
      assertThat(coverage.holdsReleasesBefore(NOW.plusSeconds(3600)))
          .contains(Coverage.Source.IMPORTED);
    }
  }

  @Test
  void releasesAreListedOnlyWhenAskedFor() throws Exception {
    github.list(FakeGithub.REPO + "/releases", releases());

    SyncRepositories.Result summary = sync(SyncOptions.defaults());

    assertThat(summary.releases()).isZero();
    assertThat(github.requests())
        .noneSatisfy(r -> assertThat(r.pathAndQuery()).contains("/releases"));
  }

  @Test
  void aReleaseOfAnotherRepositoryIsABadRecordAndNothingOfItsPageIsStored() throws Exception {
    List<JsonNode> records = releases();
    ObjectNode other = records.get(0).deepCopy();
    other.put("url", "https://api.github.com/repos/o/r/releases/270000009");
    github.list(FakeGithub.REPO + "/releases", List.of(records.get(1), other));

    assertThatThrownBy(() -> sync(new SyncOptions(null, false, false, true)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining(
            "record 2: field 'url': names repository o/r, not vllm-project/vllm that was asked for");
    try (HistoryIndex index = HistoryIndex.open(tmp.resolve("index"))) {
      assertThat(index.stats().releases()).isZero();
    }
  }
}
