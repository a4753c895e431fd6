package io.devpulse.report;

import java.util.List;

/**
 * High and critical window items with their priority reasons, most urgent first, then newest
 * number.
 *
 * @param items at most ten
 * @param more how many more there were
 */
public record Noteworthy(List<ReasonedItem> items, int more) {
  public Noteworthy {
    items = List.copyOf(items);
  }
}
