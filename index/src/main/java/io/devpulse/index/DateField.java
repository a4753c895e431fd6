package io.devpulse.index;

import java.util.Locale;

/** An item's times, by the name queries use for them ({@code created:}, {@code merged:}, ...). */
public enum DateField {
  CREATED,
  UPDATED,
  CLOSED,
  MERGED;

  /**
   * The name in queries and sort options: {@code created}, {@code updated}, {@code closed} or
   * {@code merged}.
   */
  public String queryName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
