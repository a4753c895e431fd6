package io.devpulse.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on an issue or pull request (GitHub's "issue comments"; both kinds share the endpoint).
 */
public record Comment(
    Repository repository,
    long id,
    int itemNumber,
    Actor author,
    Instant createdAt,
    Instant updatedAt,
    String body)
    implements Entity {

  public Comment {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    if (id <= 0) {
      throw new IllegalArgumentException("comment id (" + id + ") must be positive");
    }
    if (itemNumber <= 0) {
      throw new IllegalArgumentException("item number (" + itemNumber + ") must be positive");
    }
    updatedAt = Objects.requireNonNullElse(updatedAt, createdAt);
    body = Objects.requireNonNullElse(body, "");
  }

  @Override
  public String key() {
    return repository.key() + "/comment/" + id;
  }
}
