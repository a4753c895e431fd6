package io.devpulse.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A review of a pull request. Pending reviews have no submission time; {@link #updatedAt()} is then
 * {@link Instant#EPOCH} so that any submitted copy wins.
 */
public record Review(
    Repository repository,
    long id,
    int pullNumber,
    Actor author,
    ReviewState state,
    Instant submittedAt,
    String body)
    implements Entity {

  public Review {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(state, "state");
    if (id <= 0) {
      throw new IllegalArgumentException("review id (" + id + ") must be positive");
    }
    if (pullNumber <= 0) {
      throw new IllegalArgumentException(
          "pull request number (" + pullNumber + ") must be positive");
    }
    body = Objects.requireNonNullElse(body, "");
  }

  @Override
  public String key() {
    return repository.key() + "/review/" + id;
  }

  @Override
  public Instant updatedAt() {
    return submittedAt == null ? Instant.EPOCH : submittedAt;
  }
}
