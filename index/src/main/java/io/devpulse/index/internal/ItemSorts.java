package io.devpulse.index.internal;

import java.util.Map;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The orders search results can come in, by the names of {@code SearchOptions.SORT_FIELDS}. Sorting
 * reads doc values; items lacking the value (e.g. no close time) come last in either direction.
 */
public final class ItemSorts {
  private static final Map<String, String> LONG_FIELDS =
      Map.of(
          "created", IndexFields.CREATED_AT,
          "updated", IndexFields.UPDATED_AT,
          "closed", IndexFields.CLOSED_AT,
          "merged", IndexFields.MERGED_AT);
  private static final Map<String, String> INT_FIELDS =
      Map.of("number", IndexFields.NUMBER, "comments", IndexFields.COMMENTS);

  private ItemSorts() {}

  /** The sort for {@code name}, or null for relevance ({@code null} or {@code relevance}). */
  public static Sort sort(String name, boolean descending) {
    if (name == null || name.equals("relevance")) {
      return null;
    }
    SortField primary;
    if (LONG_FIELDS.containsKey(name)) {
      primary =
          new SortField(
              LONG_FIELDS.get(name),
              SortField.Type.LONG,
              descending,
              descending ? Long.MIN_VALUE : Long.MAX_VALUE);
    } else if (INT_FIELDS.containsKey(name)) {
      primary =
          new SortField(
              INT_FIELDS.get(name),
              SortField.Type.INT,
              descending,
              descending ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    } else {
      throw new IllegalArgumentException("sort field (" + name + ") is unknown");
    }
    if (name.equals("number")) {
      return new Sort(primary);
    }
    // Ties (same second, same comment count) in a stable, readable order.
    return new Sort(primary, new SortField(IndexFields.NUMBER, SortField.Type.INT, descending));
  }

  /** Oldest first by one time field, lacking ones last: for comments and reviews. */
  public static Sort oldestFirst(String timeField) {
    return new Sort(new SortField(timeField, SortField.Type.LONG, false, Long.MAX_VALUE));
  }
}
