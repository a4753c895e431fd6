package io.devpulse.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A review of a pull request. Pending reviews have no submission time; {@link #updatedAt()} is then
 * {@link Instant#EPOCH} so that any submitted copy wins.
 *
 * @param authorAssociation GitHub's {@code author_association} of the reviewer ({@link
 *     Association#NONE} when not given)
 */
public record Review(
    Repository repository,
    long id,
    int pullNumber,
    Actor author,
    ReviewState state,
    Instant submittedAt,
    String body,
    String authorAssociation)
    implements Entity {

  /** A review whose author's association GitHub did not give. */
  public Review(
      Repository repository,
      long id,
      int pullNumber,
      Actor author,
      ReviewState state,
      Instant submittedAt,
      String body) {
    this(repository, id, pullNumber, author, state, submittedAt, body, Association.NONE);
  }

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
    authorAssociation = Objects.requireNonNullElse(authorAssociation, Association.NONE);
  }

  /**
   * Whether this review is a maintainer's answer to {@code item}: submitted (a pending review is
   * nobody's answer yet) by a maintainer who is not the author (see {@link Association}).
   */
  public boolean isMaintainerAnswerTo(Item item) {
    return submittedAt != null && Association.answers(author, authorAssociation, item);
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
