package io.devpulse.index;

/** An item's times, by the name queries use for them ({@code created:}, {@code merged:}, ...). */
public enum DateField {
  CREATED,
  UPDATED,
  CLOSED,
  MERGED
}
