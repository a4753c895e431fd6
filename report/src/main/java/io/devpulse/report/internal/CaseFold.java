package io.devpulse.report.internal;

/**
 * A cheap necessary condition for a case-insensitive regex: Java matches a quoted literal under
 * {@code CASE_INSENSITIVE | UNICODE_CASE} code point by code point on {@code
 * toLowerCase(toUpperCase(c))}, so a text can match only if its fold (that mapping applied to every
 * code point) contains the keyword's fold. The AMD section's near-miss scan runs a regex per
 * keyword (a lookbehind first, so no literal search) over every window item's text; checking the
 * fold first skips nearly all of them — it was half of a site build's CPU time.
 */
public final class CaseFold {
  private CaseFold() {}

  /** {@code text} with every code point mapped to {@code toLowerCase(toUpperCase(cp))}. */
  public static String fold(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
    return b.toString();
  }
}
