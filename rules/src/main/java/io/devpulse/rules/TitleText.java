package io.devpulse.rules;

import io.devpulse.rules.facts.internal.TextCleaner;
import io.devpulse.rules.internal.Tokens;
import java.util.List;

/**
 * A title as the rules read it, for callers outside the engine (evaluation hides a title's tags
 * from the rules and reads its tags as truth): the same splitting the term matcher uses, so both
 * agree on what a tag and a word are.
 */
public final class TitleText {
  private TitleText() {}

  /**
   * The {@code [...]} tags of {@code title}, as written ({@code [ROCm][Bugfix] x} → {@code ROCm,
   * Bugfix}).
   */
  public static List<String> tags(String title) {
    return TextCleaner.tags(title);
  }

  /** The title without tags, as the rules see it ({@code [Doc]: fix x} → {@code fix x}). */
  public static String withoutTags(String title) {
    return TextCleaner.title(title);
  }

  /** The lower-case words of {@code text} as terms match them ({@code _ - .} separate words). */
  public static List<String> words(String text) {
    return Tokens.words(text);
  }
}
