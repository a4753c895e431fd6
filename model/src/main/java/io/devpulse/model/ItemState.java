package io.devpulse.model;

import java.util.Locale;

/** GitHub's two item states; "merged" is a separate fact of a closed pull request. */
public enum ItemState {
  OPEN,
  CLOSED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ItemState parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "open" -> OPEN;
      case "closed" -> CLOSED;
      default -> throw new IllegalArgumentException("state (" + text + ") must be open or closed");
    };
  }
}
