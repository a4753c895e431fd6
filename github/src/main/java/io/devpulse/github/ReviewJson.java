package io.devpulse.github;

import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;

/**
 * Reads a {@link Review}: pull-request number and repository from {@code pull_request_url}; a
 * pending review has no {@code submitted_at}; a {@code state} this version does not know is {@link
 * ReviewState#UNKNOWN}.
 */
final class ReviewJson {
  private ReviewJson() {}

  static Review read(JsonFields record) {
    int pullNumber = RepositoryUrl.numberFromField(record, "pull_request_url");
    Repository repository = RepositoryUrl.fromField(record, "pull_request_url").orElseThrow();
    return new Review(
        repository,
        record.positiveLong("id"),
        pullNumber,
        ActorJson.read(record, "user"),
        ReviewState.fromGitHub(record.optionalString("state")),
        record.optionalTime("submitted_at"),
        record.optionalString("body"),
        record.optionalString("author_association"));
  }
}
