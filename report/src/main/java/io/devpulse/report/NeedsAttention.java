package io.devpulse.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What waits on a maintainer as of the window's end ({@link NeedsAttentionBuilder} says how each
 * list is chosen). A list the index cannot back is empty here and null in the JSON, not an empty
 * list: without comments nobody can tell an answered issue from an unanswered one, without reviews
 * a reviewed pull request from a waiting one.
 *
 * @param asOf the window's end: the time every wait is measured to
 * @param commentsFetched whether the index holds the comments for the window; false: {@code
 *     unansweredIssues} lists nothing (null in the JSON)
 * @param unansweredIssues open critical and high issues without a maintainer's comment yet, the
 *     most urgent first, then the longest waiting; at most {@link NeedsAttentionBuilder#LIMIT}
 * @param moreUnansweredIssues how many more there are than listed
 * @param reviewsFetched whether the index holds the reviews for the window; false: {@code
 *     awaitingReview} lists nothing (null in the JSON)
 * @param reviewWaitHours the threshold: a pull request is listed once it has waited longer
 * @param awaitingReview open, non-draft pull requests without a human review (not a bot's, not the
 *     author's) that have waited longer than the threshold, the longest waiting first
 * @param moreAwaitingReview how many more there are than listed
 * @param latestReleases per repository that has one, the latest release published before the
 *     window's end ({@link RegressionReports#latest}); empty when the index holds none
 * @param regressions issues open at the window's end, opened since that release, that report a
 *     regression naming its version ({@link RegressionReports}), with the reasons that make them
 *     regressions; the most urgent first
 */
public record NeedsAttention(
    Instant asOf,
    boolean commentsFetched,
    List<WaitingItem> unansweredIssues,
    int moreUnansweredIssues,
    boolean reviewsFetched,
    long reviewWaitHours,
    List<WaitingItem> awaitingReview,
    int moreAwaitingReview,
    List<ReleaseRef> latestReleases,
    List<ReasonedItem> regressions) {

  public NeedsAttention {
    Objects.requireNonNull(asOf, "asOf");
    unansweredIssues = List.copyOf(unansweredIssues);
    awaitingReview = List.copyOf(awaitingReview);
    latestReleases = List.copyOf(latestReleases);
    regressions = List.copyOf(regressions);
  }

  /** Whether there is nothing to list (what was not fetched lists nothing). */
  public boolean isEmpty() {
    return unansweredIssues.isEmpty() && awaitingReview.isEmpty() && regressions.isEmpty();
  }
}
