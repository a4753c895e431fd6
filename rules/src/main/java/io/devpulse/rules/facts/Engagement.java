package io.devpulse.rules.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Input fact: how much attention an item has drawn, from what the index holds — inserted once per
 * item beside its {@link ItemFact}. Counts from comments are over the comments the index holds on
 * the item; {@link #commentsFetched()} says whether that is all of them (the index holds at least
 * as many as GitHub's {@code comments} count). When it is not, the counts are lower bounds and
 * "none" is unknown, not zero: rules that need an absence ({@code !maintainerAnswered()}) must also
 * ask {@code commentsFetched()}; use {@link #knownUnanswered()}.
 *
 * <pre>{@code
 * $i : ItemFact( isBugReport() )
 * $e : Engagement( item == $i, sameProblemReports >= 3 )
 * }</pre>
 *
 * @param item the item
 * @param comments GitHub's {@code comments} count of the item (issue comments, as last fetched)
 * @param commentsHeld how many comments on the item the index holds
 * @param humanCommenters distinct people who commented: bots (the pack's bot verdicts) and the
 *     item's author left out
 * @param sameProblemReports distinct such people whose comment says they have the same problem (the
 *     pack's {@code terms/same-problem.txt}: "+1", "same here", "also seeing")
 * @param sameProblemTerm the first such term found, for evidence ({@code ""} when none)
 * @param reactions GitHub's reactions on the item in all; null when not fetched
 * @param plusOneReactions its {@code +1} reactions; null when not fetched
 * @param maintainer who answered first as a maintainer ({@link
 *     io.devpulse.model.MaintainerAnswer}); null when no held comment is one
 * @param maintainerAnsweredAt when; null when {@code maintainer} is
 * @param duplicates the numbers of the other items of the repository marked duplicates of this one
 *     ({@link io.devpulse.model.DuplicateMark}: GitHub's "Duplicate of #N" in a comment the index
 *     holds on them or in their description), ascending; like the counts from comments a lower
 *     bound: an item whose comments were not fetched may mark one without the index knowing
 */
public record Engagement(
    ItemFact item,
    int comments,
    int commentsHeld,
    int humanCommenters,
    int sameProblemReports,
    String sameProblemTerm,
    Integer reactions,
    Integer plusOneReactions,
    String maintainer,
    Instant maintainerAnsweredAt,
    List<Integer> duplicates) {

  /** The term file of "same problem" comments, read by the engine (not by a rule). */
  public static final String SAME_PROBLEM_FILE = "terms/same-problem.txt";

  /** Its list name. */
  public static final String SAME_PROBLEM_LIST = "same-problem";

  public Engagement {
    Objects.requireNonNull(item, "item");
    sameProblemTerm = Objects.requireNonNullElse(sameProblemTerm, "");
    if (comments < 0 || commentsHeld < 0 || humanCommenters < 0 || sameProblemReports < 0) {
      throw new IllegalArgumentException("engagement counts must not be negative");
    }
    duplicates = List.copyOf(Objects.requireNonNullElse(duplicates, List.of()));
    if ((maintainer == null) != (maintainerAnsweredAt == null)) {
      throw new IllegalArgumentException("maintainer and maintainerAnsweredAt go together");
    }
  }

  /** Whether the index holds all the item's comments (GitHub's count or more). */
  public boolean commentsFetched() {
    return commentsHeld >= comments;
  }

  /** Whether the reaction counts were fetched (the item's JSON carried them). */
  public boolean reactionsFetched() {
    return reactions != null;
  }

  /** The {@code +1} reactions, or 0 when not fetched (for thresholds that only raise). */
  public int plusOnes() {
    return plusOneReactions == null ? 0 : plusOneReactions;
  }

  /** Whether a held comment is a maintainer's answer. */
  public boolean maintainerAnswered() {
    return maintainer != null;
  }

  /** Whether it is known that no maintainer answered: every comment held, none a maintainer's. */
  public boolean knownUnanswered() {
    return commentsFetched() && maintainer == null;
  }

  /**
   * How long after the item was opened a maintainer first answered, in whole hours; -1 when no held
   * comment is an answer.
   */
  public long hoursToAnswer() {
    if (maintainerAnsweredAt == null) {
      return -1;
    }
    return Math.max(0, Duration.between(item.item().createdAt(), maintainerAnsweredAt).toHours());
  }

  /**
   * How many other items are marked duplicates of this one (a lower bound, see {@code duplicates}).
   */
  public int duplicateCount() {
    return duplicates.size();
  }

  /** The items marked duplicates of this one for evidence: {@code '#12', '#15'}. */
  public String duplicateRefs() {
    StringBuilder out = new StringBuilder();
    for (int n : duplicates) {
      out.append(out.isEmpty() ? "" : ", ").append("'#").append(n).append('\'');
    }
    return out.toString();
  }
}
