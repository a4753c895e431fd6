package io.devpulse.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on an issue or pull request (GitHub's "issue comments"; both kinds share the endpoint).
 *
 * @param authorAssociation GitHub's {@code author_association} of the commenter (OWNER, MEMBER,
 *     COLLABORATOR, CONTRIBUTOR, NONE, ...; {@code NONE} when absent): see {@link MaintainerAnswer}
 */
public record Comment(
    Repository repository,
    long id,
    int itemNumber,
    Actor author,
    Instant createdAt,
    Instant updatedAt,
    String body,
    String authorAssociation)
    implements Entity {

  /** A comment whose author association is not known ({@code NONE}). */
  public Comment(
      Repository repository,
      long id,
      int itemNumber,
      Actor author,
      Instant createdAt,
      Instant updatedAt,
      String body) {
    this(repository, id, itemNumber, author, createdAt, updatedAt, body, null);
  }

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
    authorAssociation = Objects.requireNonNullElse(authorAssociation, "NONE");
  }

  @Override
  public String key() {
    return repository.key() + "/comment/" + id;
  }
}
