package io.devpulse.model;

import java.util.Locale;
import java.util.Set;

/**
 * GitHub's {@code author_association} of an item, comment or review, and the one definition of who
 * answers for a repository: an account GitHub marks {@code OWNER}, {@code MEMBER} (of the owning
 * organisation) or {@code COLLABORATOR}. "A maintainer answered" means a comment or review by such
 * an account who is not the item's author ({@link Comment#isMaintainerAnswerTo}, {@link
 * Review#isMaintainerAnswerTo}); the report's needs-attention section and the rules read it from
 * here so both mean the same.
 */
public final class Association {
  /** What GitHub sends when it says nothing, and what older indexes read back as. */
  public static final String NONE = "NONE";

  /** The associations of the people who answer for a repository. */
  public static final Set<String> MAINTAINERS = Set.of("OWNER", "MEMBER", "COLLABORATOR");

  private Association() {}

  /** Whether {@code association} (any case; null counts as none) is a maintainer's. */
  public static boolean isMaintainer(String association) {
    return association != null && MAINTAINERS.contains(association.toUpperCase(Locale.ROOT));
  }

  /**
   * Whether something written by {@code author} with {@code association} answers {@code item} as a
   * maintainer: a maintainer's, and not the item's own author's (a member filing an issue does not
   * answer it by commenting on it).
   */
  static boolean answers(Actor author, String association, Item item) {
    return isMaintainer(association) && !author.login().equalsIgnoreCase(item.author().login());
  }
}
