package io.devpulse.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on an issue or pull request (GitHub's "issue comments"; both kinds share the endpoint).
 *
 * @param authorAssociation GitHub's {@code author_association} of the comment's author ({@link
 *     Association#NONE} when not given)
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

  /** A comment whose author's association GitHub did not give. */
  public Comment(
      Repository repository,
      long id,
      int itemNumber,
      Actor author,
      Instant createdAt,
      Instant updatedAt,
      String body) {
    this(repository, id, itemNumber, author, createdAt, updatedAt, body, Association.NONE);
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
    authorAssociation = Objects.requireNonNullElse(authorAssociation, Association.NONE);
  }

  /** Whether this comment is a maintainer's answer to {@code item} (see {@link Association}). */
  public boolean isMaintainerAnswerTo(Item item) {
    return Association.answers(author, authorAssociation, item);
  }

  @Override
  public String key() {
    return repository.key() + "/comment/" + id;
  }
}
