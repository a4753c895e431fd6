package io.devpulse.model;

/**
 * Markdown images and links and HTML tags found in one pass, in time linear in the text. The
 * regular expressions these replace ({@code !\[[^\]]*\]\([^)]*\)}, {@code \[([^\]]*)\]\([^)]*\)},
 * {@code </?[a-zA-Z][^>]*>}) scan from every {@code [} or {@code <} to the next {@code ]} or {@code
 * >}: a body of 32,768 {@code <a} took 5 s, 64 KB of {@code [} after a {@code ](} 22 s. The
 * matches, and so the output, are the same: a match is the leftmost start from which the expression
 * matches, and it ends at the first closing character after it; a start that fails tells that every
 * start before its closing character fails too, so one forward scan finds them all, reading each
 * character a bounded number of times.
 *
 * <p>In the model because both the rules (cleaning text for matching) and the report (excerpts)
 * read GitHub's Markdown the same way.
 */
public final class InlineMarkup {
  private InlineMarkup() {}

  /** Each image {@code ![alt](target)} replaced by {@code replacement}. */
  public static String replaceImages(String text, String replacement) {
    return links(text, true, replacement);
  }

  /** Each link {@code [text](target)} replaced by its text. */
  public static String unwrapLinks(String text) {
    return links(text, false, null);
  }

  /**
   * {@code [text](target)}, after a {@code !} for images: {@code text} runs to the first {@code ]},
   * which must be followed by {@code (}, and {@code target} to the first {@code )} after that.
   */
  private static String links(String text, boolean images, String replacement) {
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (true) {
      int start = images ? text.indexOf("![", from) : text.indexOf('[', from);
      if (start < 0) {
        break;
      }
      int label = start + (images ? 2 : 1);
      int close = text.indexOf(']', label);
      if (close < 0) {
        break; // no ']' after this start, so none after any later one
      }
      if (close + 1 >= text.length() || text.charAt(close + 1) != '(') {
        from = close + 1; // every start up to close finds this same ']' and fails the same way
        continue;
      }
      int end = text.indexOf(')', close + 2);
      if (end < 0) {
        break; // no ')' after this "](", so none after any later one
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, start);
      if (images) {
        out.append(replacement);
      } else {
        out.append(text, label, close);
      }
      copied = end + 1;
      from = end + 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Each HTML tag ({@code <} or {@code </}, an ASCII letter, anything up to {@code >}) replaced.
   */
  public static String replaceTags(String text, String replacement) {
    StringBuilder out = null;
    int copied = 0;
    int from = 0;
    while (true) {
      int start = text.indexOf('<', from);
      if (start < 0) {
        break;
      }
      int letter =
          start + 1 < text.length() && text.charAt(start + 1) == '/' ? start + 2 : start + 1;
      if (!isAsciiLetter(text, letter) && !isAsciiLetter(text, start + 1)) {
        from = start + 1;
        continue;
      }
      int end = text.indexOf('>', letter + 1);
      if (end < 0) {
        break; // no '>' after this start, so none after any later one
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, start).append(replacement);
      copied = end + 1;
      from = end + 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean isAsciiLetter(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
