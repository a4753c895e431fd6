package io.devpulse.model;

import java.util.Locale;

/** Issue or pull request. {@link #key()} is the short form used in the index and in queries. */
public enum ItemKind {
  ISSUE("issue"),
  PULL_REQUEST("pr");

  private final String key;

  ItemKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Parses {@code issue} or {@code pr} (also {@code pull_request}, any case). */
  public static ItemKind parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "issue" -> ISSUE;
      case "pr", "pull_request", "pullrequest" -> PULL_REQUEST;
      default -> throw new IllegalArgumentException("kind (" + text + ") must be issue or pr");
    };
  }
}
