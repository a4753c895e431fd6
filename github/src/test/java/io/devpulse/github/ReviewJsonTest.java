package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewJsonTest {

  private static JsonFields fields(String json) throws IOException {
    return JsonFields.of(new ObjectMapper().readTree(json));
  }

  @Test
  void readsASubmittedReview() throws IOException {
    assertThat(ReviewJson.read(fields(Inputs.REVIEW)))
        .isEqualTo(
            new Review(
                Repository.parse("octo/hello"),
                701,
                4,
                Actor.user("erin"),
                ReviewState.APPROVED,
                Instant.parse("2025-12-10T12:05:00Z"),
                ""));
  }

  @Test
  void readsAPendingReviewWithoutSubmissionTime() throws IOException {
    // given
    String json =
        """
        {"id": 9, "user": null, "state": "PENDING", "body": null,
         "pull_request_url": "https://api.github.com/repos/octo/hello/pulls/12"}""";
    // when
    Review review = ReviewJson.read(fields(json));
    // then
    assertThat(review.submittedAt()).isNull();
    assertThat(review.state()).isEqualTo(ReviewState.PENDING);
    assertThat(review.author()).isEqualTo(Actor.GHOST);
    assertThat(review.updatedAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void unknownStateIsUnknown() throws IOException {
    String json = Inputs.REVIEW.replace("APPROVED", "SOMETHING_NEW");
    assertThat(ReviewJson.read(fields(json)).state()).isEqualTo(ReviewState.UNKNOWN);
  }

  @Test
  void needsAPullRequestUrlWithANumber() throws IOException {
    String json = Inputs.REVIEW.replace("pulls/4", "pulls/four");
    assertThatThrownBy(() -> ReviewJson.read(fields(json)))
        .hasMessage(
            "field 'pull_request_url': expected a URL ending in an item number,"
                + " got \"https://api.github.com/repos/octo/hello/pulls/four\"");
  }
}
