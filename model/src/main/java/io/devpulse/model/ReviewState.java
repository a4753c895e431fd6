package io.devpulse.model;

import java.util.Locale;

/** The verdict of a pull-request review, as the API's {@code state} says it. */
public enum ReviewState {
  APPROVED,
  CHANGES_REQUESTED,
  COMMENTED,
  DISMISSED,
  PENDING,
  UNKNOWN;

  public static ReviewState fromGitHub(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }
}
