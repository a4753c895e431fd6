package io.devpulse.report.internal;

/**
 * Makes untrusted text inert for Liquid (Jekyll's template language, which runs before Markdown): braces
 * become the HTML entities {@code &#123;} and {@code &#125;}, which Markdown renders as braces, so neither
 * {@code {{} nor {@code {%} survives for Liquid to find. Not for code spans, where entities show literally.
 */
public final class LiquidEscaper {
  private LiquidEscaper() {}

  public static String escape(String text) {
    if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
      return text;
    }
    return text.replace("{", "&#123;").replace("}", "&#125;");
  }
}
