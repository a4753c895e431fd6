package io.devpulse.model;

import java.util.Locale;

/** How urgently an item deserves a reader's attention; declared from most to least urgent. */
public enum Priority {
  CRITICAL,
  HIGH,
  NORMAL,
  LOW;

  /** The lower-case name used in the index, queries and reports. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this is more urgent than {@code other}. */
  public boolean isAbove(Priority other) {
    return compareTo(other) < 0;
  }

  public static Priority parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "priority (" + text + ") must be one of critical, high, normal, low", e);
    }
  }
}
