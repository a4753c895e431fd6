package io.devpulse.report;

import java.util.Objects;

/**
 * A human who opened an item or had a pull request merged in the window.
 *
 * @param opened issues and pull requests created in the window
 * @param merged pull requests merged in the window
 * @param firstTime what is known of whether this is their first contribution, and from where
 */
public record Contributor(String login, int opened, int merged, FirstTime firstTime) {
  /** Whether a contributor is new to the repository, and what says so. */
  public enum FirstTime {
    /** GitHub's {@code author_association} says FIRST_TIME_CONTRIBUTOR or FIRST_TIMER. */
    YES_BY_GITHUB,
    /**
     * The index holds the repository's whole history before their first item here, and none of
     * theirs.
     */
    YES_BY_HISTORY,
    /**
     * GitHub (OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR) or the index (an earlier item) says not.
     */
    NO,
    /** Neither GitHub nor a history the index holds completely can tell. */
    UNKNOWN;

    public boolean isFirstTime() {
      return this == YES_BY_GITHUB || this == YES_BY_HISTORY;
    }
  }

  public Contributor {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(firstTime, "firstTime");
  }
}
