package io.devpulse.report;

import java.util.List;

/**
 * Where the pull requests created in the window stand at its end (numbers, newest first).
 *
 * @param reviewed with at least one human review submitted before the window's end
 * @param commented without a review but with human comments in the window
 * @param waiting with neither (bot comments do not count)
 * @param reviewsFetched whether the index holds the reviews for the window; when not, nobody can tell
 *     reviewed from waiting, and the report says so instead
 */
public record ReviewStatus(
    List<Integer> reviewed, List<Integer> commented, List<Integer> waiting, boolean reviewsFetched) {
  public ReviewStatus {
    reviewed = List.copyOf(reviewed);
    commented = List.copyOf(commented);
    waiting = List.copyOf(waiting);
  }
}
