package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Repository;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GithubEndpointsTest {
  private static final Repository REPO = Repository.parse("vllm-project/vllm");

  @Test
  void issuesAreAllStatesOldestUpdateFirstSinceTheCheckpoint() {
    assertThat(GithubEndpoints.issues(REPO, Instant.parse("2025-12-10T11:01:00.250Z")))
        .isEqualTo(
            "/repos/vllm-project/vllm/issues?state=all&sort=updated&direction=asc&per_page=100"
                + "&since=2025-12-10T11:01:00Z");
    assertThat(GithubEndpoints.issues(REPO, null))
        .isEqualTo(
            "/repos/vllm-project/vllm/issues?state=all&sort=updated&direction=asc&per_page=100");
  }

  @Test
  void commentsReviewsAndFiles() {
    assertThat(GithubEndpoints.issueComments(REPO, Instant.parse("2025-12-10T11:01:00Z")))
        .isEqualTo(
            "/repos/vllm-project/vllm/issues/comments?sort=updated&direction=asc&per_page=100"
                + "&since=2025-12-10T11:01:00Z");
    assertThat(GithubEndpoints.reviews(REPO, 30385))
        .isEqualTo("/repos/vllm-project/vllm/pulls/30385/reviews?per_page=100");
    assertThat(GithubEndpoints.files(REPO, 30385))
        .isEqualTo("/repos/vllm-project/vllm/pulls/30385/files?per_page=100");
    assertThatThrownBy(() -> GithubEndpoints.files(REPO, 0))
        .hasMessage("pull request number (0) must be positive");
  }
}
