package io.devpulse.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where the pull requests created in the window stand at its end (numbers, newest first).
 *
 * @param reviewed with at least one human review submitted before the window's end
 * @param commented without a review but with human comments in the window
 * @param waiting with neither (bot comments do not count)
 * @param reviewsFetched whether the index holds the reviews for the window; when not, nobody can
 *     tell reviewed from waiting, and the report says so instead
 * @param reviewedRepositories in a roll-up, the repository ({@code owner/name}) of each number in
 *     {@code reviewed}, index for index; null (absent from the JSON) for a single repository;
 *     likewise {@code commentedRepositories} and {@code waitingRepositories}
 */
public record ReviewStatus(
    List<Integer> reviewed,
    List<Integer> commented,
    List<Integer> waiting,
    boolean reviewsFetched,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> reviewedRepositories,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> commentedRepositories,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> waitingRepositories) {

  /** The review status of a single repository's report. */
  public ReviewStatus(
      List<Integer> reviewed,
      List<Integer> commented,
      List<Integer> waiting,
      boolean reviewsFetched) {
    this(reviewed, commented, waiting, reviewsFetched, null, null, null);
  }

  public ReviewStatus {
    reviewed = List.copyOf(reviewed);
    commented = List.copyOf(commented);
    waiting = List.copyOf(waiting);
    reviewedRepositories = reviewedRepositories == null ? null : List.copyOf(reviewedRepositories);
    commentedRepositories =
        commentedRepositories == null ? null : List.copyOf(commentedRepositories);
    waitingRepositories = waitingRepositories == null ? null : List.copyOf(waitingRepositories);
  }

  /**
   * How the waiting pull request at {@code i} is referred to: {@code #123}, or {@code
   * owner/name#123} in a roll-up.
   */
  public String waitingRef(int i) {
    return (waitingRepositories == null ? "" : waitingRepositories.get(i)) + "#" + waiting.get(i);
  }
}
