package io.devpulse.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one definition of "a maintainer answered": the earliest comment on an item by an account
 * GitHub associates with the repository as a maintainer, not written by the item's author (both as
 * {@link Comment#isMaintainerAnswerTo} defines them, from {@link Association}) and not by a bot.
 * Used by the rules' engagement facts and by what waits on a maintainer.
 *
 * @param login who answered
 * @param at when (the comment's creation time)
 */
public record MaintainerAnswer(String login, Instant at) {
  public MaintainerAnswer {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(at, "at");
  }

  /** Whether GitHub's {@code author_association} {@code association} is a maintainer's. */
  public static boolean isMaintainer(String association) {
    return Association.isMaintainer(association);
  }

  /**
   * The first answer among {@code comments} of {@code item} (comments on other items are ignored);
   * empty when none is a maintainer's. {@code isBot} is the caller's bot policy (the rules'
   * verdicts or {@link BotPolicy#isBot}).
   */
  public static Optional<MaintainerAnswer> first(
      Item item, Collection<Comment> comments, Predicate<Actor> isBot) {
    return comments.stream()
        .filter(c -> c.itemNumber() == item.number() && c.repository().equals(item.repository()))
        .filter(c -> answers(item, c, isBot))
        .min(Comparator.comparing(Comment::createdAt).thenComparingLong(Comment::id))
        .map(c -> new MaintainerAnswer(c.author().login(), c.createdAt()));
  }

  /** Whether {@code comment} on {@code item} is a maintainer's answer (see the class comment). */
  public static boolean answers(Item item, Comment comment, Predicate<Actor> isBot) {
    return comment.isMaintainerAnswerTo(item) && !isBot.test(comment.author());
  }
}
