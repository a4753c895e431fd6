package io.devpulse.report;

import java.util.List;

/**
 * The five lists behind {@link Stats}, each newest first by the time that put the item there (ties:
 * higher number first).
 */
public record Appendix(
    List<ItemRef> newIssues,
    List<ItemRef> closedIssues,
    List<ItemRef> newPullRequests,
    List<ItemRef> mergedPullRequests,
    List<ItemRef> closedUnmergedPullRequests) {
  public Appendix {
    newIssues = List.copyOf(newIssues);
    closedIssues = List.copyOf(closedIssues);
    newPullRequests = List.copyOf(newPullRequests);
    mergedPullRequests = List.copyOf(mergedPullRequests);
    closedUnmergedPullRequests = List.copyOf(closedUnmergedPullRequests);
  }
}
