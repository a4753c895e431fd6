package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncCheckpointTest {
  private static final Repository REPO = Repository.parse("vllm-project/vLLM");
  private static final Instant T = Instant.parse("2025-12-10T11:59:00Z");

  @Test
  void keysNameTheRepositoryInLowerCaseAndTheStream() {
    assertThat(SyncCheckpoint.key(REPO, SyncStream.ISSUES))
        .isEqualTo("sync.vllm-project/vllm.issues");
    assertThat(SyncCheckpoint.etagKey(REPO, SyncStream.COMMENTS))
        .isEqualTo("sync.vllm-project/vllm.comments.etag");
  }

  @Test
  void roundTripsThroughCommitUserData() {
    SyncCheckpoint checkpoint = new SyncCheckpoint(T, "http://h/x?since=1", "W/\"abc\"");

    Map<String, String> data = checkpoint.toUserData(REPO, SyncStream.ISSUES);

    assertThat(data)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "sync.vllm-project/vllm.issues", "2025-12-10T11:59:00Z",
                "sync.vllm-project/vllm.issues.etag", "http://h/x?since=1 W/\"abc\""));
    assertThat(SyncCheckpoint.read(data, REPO, SyncStream.ISSUES)).isEqualTo(checkpoint);
    assertThat(SyncCheckpoint.read(data, REPO, SyncStream.COMMENTS)).isEqualTo(SyncCheckpoint.NONE);
  }

  @Test
  void emptyValuesMeanNone() {
    Map<String, String> data = SyncCheckpoint.NONE.toUserData(REPO, SyncStream.ISSUES);

    assertThat(data.values()).containsOnly("");
    assertThat(SyncCheckpoint.read(data, REPO, SyncStream.ISSUES)).isEqualTo(SyncCheckpoint.NONE);
  }

  @Test
  void advancesOnlyForward() {
    SyncCheckpoint at = SyncCheckpoint.NONE.advancedTo(T);

    assertThat(at.updatedThrough()).isEqualTo(T);
    assertThat(at.advancedTo(T.minusSeconds(1))).isSameAs(at);
    assertThat(at.advancedTo(null)).isSameAs(at);
    assertThat(at.advancedTo(T.plusSeconds(1)).updatedThrough()).isEqualTo(T.plusSeconds(1));
  }

  @Test
  void anEtagIsOfferedOnlyForItsOwnUrl() {
    SyncCheckpoint checkpoint = SyncCheckpoint.NONE.withEtag("http://h/a", "\"e\"");

    assertThat(checkpoint.etagFor("http://h/a")).contains("\"e\"");
    assertThat(checkpoint.etagFor("http://h/b")).isEmpty();
    assertThat(checkpoint.withEtag("http://h/a", null).etagFor("http://h/a")).isEmpty();
  }

  @Test
  void aGarbledTimeIsReported() {
    assertThatThrownBy(
            () ->
                SyncCheckpoint.read(
                    Map.of("sync.vllm-project/vllm.issues", "yesterday"), REPO, SyncStream.ISSUES))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "commit data sync.vllm-project/vllm.issues (yesterday) must be an ISO instant such as"
                + " 2025-12-10T11:59:00Z");
  }

  @Test
  void etagAndUrlComeTogether() {
    assertThatThrownBy(() -> new SyncCheckpoint(T, "http://h", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
