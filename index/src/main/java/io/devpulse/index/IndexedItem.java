package io.devpulse.index;

import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import java.util.Objects;

/**
 * An item as the index holds it, rebuilt from stored fields (not from its JSON; ask {@link
 * HistoryIndex#json(IndexedItem)} for that).
 *
 * @param classification the stored classification, or {@code null} when the item has none
 */
public record IndexedItem(Item item, Classification classification) {
  public IndexedItem {
    Objects.requireNonNull(item, "item");
  }
}
