package io.devpulse.github;

import io.devpulse.model.Repository;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The paths (with queries) of the list endpoints a sync reads, for {@link GithubClient#resolve}.
 * Lists are ordered by update time, oldest first, 100 per page, so that a checkpoint "everything
 * updated up to T is stored" can be kept page by page; GitHub's {@code since} keeps records updated
 * at or after it.
 */
public final class GithubEndpoints {
  /** GitHub's largest page. */
  public static final int PER_PAGE = 100;

  private GithubEndpoints() {}

  /**
   * {@code /repos/O/N/issues?state=all&sort=updated&direction=asc&per_page=100[&since=T]}: issues
   * and PRs.
   */
  public static String issues(Repository repository, Instant sinceOrNull) {
    return repo(repository)
        + "/issues?state=all&sort=updated&direction=asc&per_page="
        + PER_PAGE
        + since(sinceOrNull);
  }

  /**
   * {@code /repos/O/N/issues/comments?sort=updated&direction=asc&per_page=100[&since=T]}: all issue
   * comments.
   */
  public static String issueComments(Repository repository, Instant sinceOrNull) {
    return repo(repository)
        + "/issues/comments?sort=updated&direction=asc&per_page="
        + PER_PAGE
        + since(sinceOrNull);
  }

  /**
   * {@code /repos/O/N/releases?per_page=100}: every release, drafts included for those who may see
   * them, newest first (the endpoint takes no {@code since} and no order).
   */
  public static String releases(Repository repository) {
    return repo(repository) + "/releases?per_page=" + PER_PAGE;
  }

  /** {@code /repos/O/N/pulls/NUMBER/reviews?per_page=100}. */
  public static String reviews(Repository repository, int pullNumber) {
    return repo(repository) + "/pulls/" + positive(pullNumber) + "/reviews?per_page=" + PER_PAGE;
  }

  /** {@code /repos/O/N/pulls/NUMBER/files?per_page=100}. */
  public static String files(Repository repository, int pullNumber) {
    return repo(repository) + "/pulls/" + positive(pullNumber) + "/files?per_page=" + PER_PAGE;
  }

  /**
   * An instant as {@code since} takes it: ISO 8601 UTC to the second, {@code 2025-12-10T11:01:00Z}.
   */
  public static String formatTime(Instant time) {
    return time.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String repo(Repository repository) {
    Objects.requireNonNull(repository, "repository");
    return "/repos/" + repository.owner() + "/" + repository.name();
  }

  private static String since(Instant sinceOrNull) {
    return sinceOrNull == null ? "" : "&since=" + formatTime(sinceOrNull);
  }

  private static int positive(int number) {
    if (number <= 0) {
      throw new IllegalArgumentException("pull request number (" + number + ") must be positive");
    }
    return number;
  }
}
