package io.devpulse.github;

import java.util.Locale;

/** The lists a sync reads per repository, each with its own checkpoint. */
public enum SyncStream {
  /** Issues and pull requests ({@code /issues}), with their reviews and changed files. */
  ISSUES,
  /** Issue comments of the whole repository ({@code /issues/comments}). */
  COMMENTS;

  /** {@code issues}, {@code comments}: the name in checkpoint keys and messages. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
