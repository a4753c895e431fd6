package io.devpulse.model;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of "this item is marked a duplicate of #N": a line of a comment on the item,
 * or of its description, that begins with GitHub's marker {@code Duplicate of #N} (a comment saying
 * so is how GitHub marks an item a duplicate) or with the words maintainers close duplicates with
 * ({@code Closing as a duplicate of #N}), naming another item of the same repository as {@code #N},
 * {@code owner/name#N} or its URL. A hedged or negated line ({@code maybe a duplicate of #N},
 * {@code not a duplicate of #N}) does not begin so and marks nothing; neither does a quoted line
 * ({@code > Duplicate of #N}: someone else's words). GitHub's {@code state_reason} {@code
 * duplicate} names no target, so it is not read here.
 *
 * <p>The index stores each marked target with the comment or item it was read from; the rules'
 * engagement counts, for an item, the other items marked duplicates of it.
 */
public final class DuplicateMark {
  private static final Pattern MARK =
      Pattern.compile(
          "^[ \\t*_]*(?:(?:closing|closed|marking|marked)\\s+(?:this\\s+|it\\s+)?as\\s+(?:an?\\s+)?)?"
              + "duplicate\\s+of\\s*:?\\s*"
              + "(?:(?<repo>[\\w.-]+/[\\w.-]+)?#(?<number>\\d{1,9})"
              + "|https?://github\\.com/(?<urlrepo>[\\w.-]+/[\\w.-]+)/(?:issues|pull)/(?<urlnumber>\\d{1,9}))"
              + "(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  private DuplicateMark() {}

  /**
   * The item that {@code text}, written on item {@code itself} of {@code repository}, marks it a
   * duplicate of: the first marking line that names another item of the same repository; empty when
   * none does.
   */
  public static OptionalInt target(String text, Repository repository, int itself) {
    Objects.requireNonNull(repository, "repository");
    if (text == null || text.isEmpty()) {
      return OptionalInt.empty();
    }
    // Cheap pre-check: almost no comment says "duplicate".
    if (!text.toLowerCase(Locale.ROOT).contains("duplicate")) {
      return OptionalInt.empty();
    }
    Matcher m = MARK.matcher(text);
    while (m.find()) {
      String repo = m.group("repo") != null ? m.group("repo") : m.group("urlrepo");
      String number = m.group("number") != null ? m.group("number") : m.group("urlnumber");
      int target = Integer.parseInt(number);
      boolean sameRepository =
          repo == null || repo.toLowerCase(Locale.ROOT).equals(repository.key());
      if (sameRepository && target > 0 && target != itself) {
        return OptionalInt.of(target);
      }
    }
    return OptionalInt.empty();
  }

  /** The item {@code comment} marks its own item a duplicate of (see {@link #target}). */
  public static OptionalInt of(Comment comment) {
    return target(comment.body(), comment.repository(), comment.itemNumber());
  }

  /** The item {@code item}'s description marks it a duplicate of (see {@link #target}). */
  public static OptionalInt of(Item item) {
    return target(item.body(), item.repository(), item.number());
  }
}
