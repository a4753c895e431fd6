package io.devpulse.index;

import java.util.List;

/**
 * The items a search found.
 *
 * @param totalHits how many items matched in all (exact), of which {@code items} are the first
 * @param items at most {@code limit} items in the requested order
 */
public record SearchResult(long totalHits, List<IndexedItem> items) {
  public SearchResult {
    items = List.copyOf(items);
    if (totalHits < items.size()) {
      throw new IllegalArgumentException(
          "totalHits ("
              + totalHits
              + ") must be at least the number of items ("
              + items.size()
              + ")");
    }
  }
}
