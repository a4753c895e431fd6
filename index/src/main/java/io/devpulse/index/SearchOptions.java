package io.devpulse.index;

import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.util.List;

/**
 * How {@link HistoryIndex#search} filters, orders and cuts its results.
 *
 * @param repository only items of this repository, or {@code null} for all
 * @param sortField one of {@link #SORT_FIELDS}; {@code null} or {@code relevance} orders by score
 *     (best first, whatever {@code descending} says)
 * @param descending newest / highest first
 * @param limit how many items to return at most
 */
public record SearchOptions(
    Repository repository, String sortField, boolean descending, int limit) {
  /** The sort fields {@link HistoryIndex#search} knows. */
  public static final List<String> SORT_FIELDS =
      List.of("relevance", "created", "updated", "closed", "merged", "number", "comments");

  public SearchOptions {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must be positive");
    }
    if (sortField != null && !SORT_FIELDS.contains(sortField)) {
      throw new UserErrorException(
          "sort field (" + sortField + ") must be one of " + String.join(", ", SORT_FIELDS));
    }
  }

  /** All repositories, by relevance. */
  public static SearchOptions byRelevance(int limit) {
    return new SearchOptions(null, null, true, limit);
  }
}
