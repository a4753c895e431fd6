package io.devpulse.report;

/**
 * The five counts of the stats line, each over the window {@code [from, to)}.
 *
 * @param newIssues issues created in the window
 * @param closedIssues issues closed in the window
 * @param newPullRequests pull requests created in the window
 * @param mergedPullRequests pull requests merged in the window
 * @param closedUnmergedPullRequests pull requests closed in the window without being merged
 */
public record Stats(
    int newIssues,
    int closedIssues,
    int newPullRequests,
    int mergedPullRequests,
    int closedUnmergedPullRequests) {

  public Stats {
    if (newIssues < 0
        || closedIssues < 0
        || newPullRequests < 0
        || mergedPullRequests < 0
        || closedUnmergedPullRequests < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** The counts of both: a roll-up's stats line is the sum of its repositories'. */
  public Stats plus(Stats o) {
    return new Stats(
        newIssues + o.newIssues,
        closedIssues + o.closedIssues,
        newPullRequests + o.newPullRequests,
        mergedPullRequests + o.mergedPullRequests,
        closedUnmergedPullRequests + o.closedUnmergedPullRequests);
  }

  /** Whether nothing at all happened. */
  public boolean isEmpty() {
    return newIssues
            + closedIssues
            + newPullRequests
            + mergedPullRequests
            + closedUnmergedPullRequests
        == 0;
  }
}
