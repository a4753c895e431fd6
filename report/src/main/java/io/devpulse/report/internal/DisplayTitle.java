package io.devpulse.report.internal;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * A title as a report shows it: without the characters that would reorder or hide text ({@link
 * HiddenCharacters}; line breaks and tabs stay for the escapers), and cut to {@link #MAX_LENGTH}
 * characters, ellipsis included. GitHub allows titles of 256 characters, but imported files and
 * servers are not GitHub: a title of a megabyte would otherwise fill a table cell, a heading or a
 * whole screen. The cut falls between two user-perceived characters (never inside an emoji sequence
 * or after a bare combining mark) and at a word boundary when one is in the second half. It is not
 * escaped: renderers do that.
 */
public final class DisplayTitle {
  /** The longest title shown, ellipsis included, in UTF-16 characters. */
  public static final int MAX_LENGTH = 300;

  private DisplayTitle() {}

  /** The title to show for {@code title}; {@code ""} for null. */
  public static String of(String title) {
    if (title == null) {
      return "";
    }
    String text = withoutHidden(title);
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(text);
    int end = characters.preceding(MAX_LENGTH); // room for the ellipsis
    int space = text.lastIndexOf(' ', end);
    if (space > MAX_LENGTH / 2) {
      end = space;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  private static String withoutHidden(String title) {
    StringBuilder out = null;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      boolean kept =
          c == '\n'
              || c == '\r'
              || c == '\t'
              || !(HiddenCharacters.isControl(c) || HiddenCharacters.isInvisible(c));
      if (!kept && out == null) {
        out = new StringBuilder(title.length()).append(title, 0, i);
      } else if (kept && out != null) {
        out.append(c);
      }
    }
    return out == null ? title : out.toString();
  }
}
