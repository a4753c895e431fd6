package io.devpulse.report;

import java.util.List;

/**
 * Who was active and how far review got.
 *
 * @param contributors humans who opened items or had pull requests merged in the window, most
 *     active first, ties by login
 * @param issuesOpened issues those contributors opened
 * @param pullRequestsOpened pull requests they opened
 * @param firstTimeContributors the logins of first-time contributors, in contributor order (see
 *     {@link Contributor#firstTime()} for what says so)
 */
public record Activity(
    List<Contributor> contributors,
    int issuesOpened,
    int pullRequestsOpened,
    List<String> firstTimeContributors,
    ReviewStatus reviews) {
  public Activity {
    contributors = List.copyOf(contributors);
    firstTimeContributors = List.copyOf(firstTimeContributors);
  }
}
