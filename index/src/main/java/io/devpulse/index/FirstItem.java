package io.devpulse.index;

import java.time.Instant;
import java.util.Objects;

/**
 * An author's first item in a repository, as far as the index holds ({@link
 * HistoryIndex#firstItemsByAuthor}).
 *
 * @param login the author's login as that item spells it
 * @param number the item's number
 * @param createdAtOrNull when it was created (null if the index has no time for it)
 * @param authorAssociation GitHub's {@code author_association} of that item ({@code NONE} when it
 *     has none, as {@link io.devpulse.model.Item} reads it)
 */
public record FirstItem(
    String login, int number, Instant createdAtOrNull, String authorAssociation) {
  public FirstItem {
    Objects.requireNonNull(login, "login");
    authorAssociation = Objects.requireNonNullElse(authorAssociation, "NONE");
  }
}
