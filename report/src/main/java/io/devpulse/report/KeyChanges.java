package io.devpulse.report;

import java.util.List;

/**
 * Up to five window items of normal or higher priority: most urgent, merged, most discussed, newest
 * first.
 */
public record KeyChanges(List<KeyChange> items) {
  public KeyChanges {
    items = List.copyOf(items);
  }
}
