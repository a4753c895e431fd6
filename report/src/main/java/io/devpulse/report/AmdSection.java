package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * The AMD/ROCm section: every window item with topic {@code amd-rocm} and its evidence; when there
 * is none, what was checked.
 *
 * @param items amd-rocm items, most urgent first, then newest number first
 * @param checks the keywords and login suffixes checked
 * @param newIssuesChecked new issues among the window items looked at
 * @param newPullRequestsChecked new pull requests among them
 * @param otherItemsChecked items closed or merged in the window but created earlier
 * @param contributorsMatching human authors of window items whose login ends in a checked suffix
 * @param mentions items in which the list found terms without the topic (at most five, newest
 *     first)
 * @param termsShown at most five terms that stand for the list: those found in the window's items
 *     (stored term hits), most items first, then the list's first entries
 * @param listSize how many plain terms the list has ({@code checks.keywords()}, given in full)
 */
public record AmdSection(
    List<ReasonedItem> items,
    AmdChecks checks,
    int newIssuesChecked,
    int newPullRequestsChecked,
    int otherItemsChecked,
    List<String> contributorsMatching,
    List<AmdMention> mentions,
    List<String> termsShown,
    int listSize) {

  public AmdSection {
    items = List.copyOf(items);
    Objects.requireNonNull(checks, "checks");
    contributorsMatching = List.copyOf(contributorsMatching);
    mentions = List.copyOf(mentions);
    termsShown = List.copyOf(termsShown);
  }
}
