package io.devpulse.report.internal;

/**
 * Escapes text for HTML element content and quoted attribute values: {@code & < > " '}, and braces
 * as entities too, so a page dropped into a Jekyll site stays inert for Liquid. Bidirectional
 * controls, zero-width characters and control characters other than line feed and tab are removed
 * ({@link HiddenCharacters}): HTML would honour the bidirectional ones, reordering the page around
 * them.
 */
public final class HtmlEscaper {
  private HtmlEscaper() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        default -> {
          if (c == '\n'
              || c == '\t'
              || !(HiddenCharacters.isControl(c) || HiddenCharacters.isInvisible(c))) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
