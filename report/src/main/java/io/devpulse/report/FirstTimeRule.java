package io.devpulse.report;

import java.util.Collection;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Whether an author contributes for the first time, by one rule for the report and the site:
 * GitHub's {@code author_association} where it says, else the index's history — an earlier item
 * says no, and no earlier item says yes only where the index holds all of the history before;
 * otherwise nobody can tell.
 */
public final class FirstTimeRule {
  /**
   * Associations GitHub gives only to people who contributed before (or own or belong to the
   * repository).
   */
  private static final Set<String> KNOWN_CONTRIBUTORS =
      Set.of("OWNER", "MEMBER", "COLLABORATOR", "CONTRIBUTOR");

  private FirstTimeRule() {}

  /**
   * @param associations GitHub's {@code author_association} of the author's items in question
   * @param earlierItem whether the index holds an earlier item of the author (asked only when
   *     needed)
   * @param allHistoryHeld whether the index holds the repository's whole history before them
   */
  public static Contributor.FirstTime judge(
      Collection<String> associations, BooleanSupplier earlierItem, boolean allHistoryHeld) {
    if (associations.contains("FIRST_TIME_CONTRIBUTOR") || associations.contains("FIRST_TIMER")) {
      return Contributor.FirstTime.YES_BY_GITHUB;
    }
    if (associations.stream().anyMatch(KNOWN_CONTRIBUTORS::contains)) {
      return Contributor.FirstTime.NO;
    }
    if (earlierItem.getAsBoolean()) {
      return Contributor.FirstTime.NO;
    }
    return allHistoryHeld ? Contributor.FirstTime.YES_BY_HISTORY : Contributor.FirstTime.UNKNOWN;
  }
}
