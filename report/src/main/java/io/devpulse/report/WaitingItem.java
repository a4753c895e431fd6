package io.devpulse.report;

import java.time.Instant;
import java.util.Objects;

/**
 * An item the needs-attention section lists, with how long it has waited at the window's end.
 *
 * @param since when the wait began: the item's creation (nobody answered or reviewed it since)
 * @param waitedMinutes from {@code since} to the window's end, in whole minutes
 */
public record WaitingItem(ItemRef item, Instant since, long waitedMinutes) {
  public WaitingItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(since, "since");
    if (waitedMinutes < 0) {
      throw new IllegalArgumentException(
          "waited minutes (" + waitedMinutes + ") must not be negative");
    }
  }
}
