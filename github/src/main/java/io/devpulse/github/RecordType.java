package io.devpulse.github;

import java.util.Locale;
import java.util.Objects;

/**
 * The kinds of record the GitHub REST API returns that devpulse reads; {@code --type} names one.
 */
public enum RecordType {
  /**
   * An item of {@code GET /repos/O/N/issues}: an issue, or a pull request with a {@code
   * pull_request} object.
   */
  ISSUE,
  /**
   * An item of {@code GET /repos/O/N/pulls}: a pull request with {@code head}, {@code base} and
   * {@code merged_at}.
   */
  PULL,
  /**
   * An issue comment ({@code issue_url}) or a pull-request review comment ({@code
   * pull_request_url}).
   */
  COMMENT,
  /** A pull-request review ({@code pull_request_url}, {@code state}, {@code submitted_at}). */
  REVIEW,
  /** A release of {@code GET /repos/O/N/releases} ({@code tag_name}). */
  RELEASE;

  /**
   * Parses {@code issue(s)}, {@code pull(s)}/{@code pr}, {@code comment(s)}, {@code review(s)},
   * {@code release(s)}, any case.
   */
  public static RecordType parse(String text) {
    Objects.requireNonNull(text, "text");
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "issue", "issues" -> ISSUE;
      case "pull", "pulls", "pr" -> PULL;
      case "comment", "comments" -> COMMENT;
      case "review", "reviews" -> REVIEW;
      case "release", "releases" -> RELEASE;
      default ->
          throw new IllegalArgumentException(
              "type (" + text + ") must be one of issue, pull, comment, review, release");
    };
  }

  /** The lower-case name, as {@code --type} takes it. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
