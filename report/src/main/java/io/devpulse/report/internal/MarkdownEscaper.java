package io.devpulse.report.internal;

/**
 * Makes untrusted text (titles, logins, labels, extracts) literal inline Markdown that is also safe
 * for Liquid: line breaks become spaces (nothing can start a block), Markdown punctuation that
 * could open emphasis, code, links, tables, strike-through or math is backslash-escaped ({@code \ `
 * * _ [ ] | ~ $}), {@code < > &} become entities (no raw HTML), and braces go through {@link
 * LiquidEscaper}. Without {@code [} no link or image can form, so {@code [x](javascript:...)} stays
 * text. Bidirectional controls, zero-width characters and the other control characters are removed
 * ({@link HiddenCharacters}), so the text reads as it is, in its own order.
 */
public final class MarkdownEscaper {
  private MarkdownEscaper() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        if (!space) {
          out.append(' ');
          space = true;
        }
        continue;
      }
      if (HiddenCharacters.isControl(c) || HiddenCharacters.isInvisible(c)) {
        continue; // as if it were not there, between two line breaks too
      }
      space = false;
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~', '$' -> out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
