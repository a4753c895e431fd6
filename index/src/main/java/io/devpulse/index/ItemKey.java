package io.devpulse.index;

import java.time.Instant;
import java.util.Objects;

/**
 * What the index knows of an item without loading it ({@link HistoryIndex#keys}): enough to decide
 * whether a list needs it before reading its stored fields.
 *
 * @param number the item's number in its repository
 * @param createdAtOrNull when it was created (null if the index has no time for it)
 * @param authorLogin its author's login as the item spells it
 * @param draft whether it is a draft pull request
 * @param authorAssociation GitHub's {@code author_association} of its author, as the item has it
 */
public record ItemKey(
    int number,
    Instant createdAtOrNull,
    String authorLogin,
    boolean draft,
    String authorAssociation) {
  public ItemKey {
    Objects.requireNonNull(authorLogin, "authorLogin");
    Objects.requireNonNull(authorAssociation, "authorAssociation");
  }
}
