package io.devpulse.report.internal;

/**
 * Characters untrusted text (titles, logins, labels, extracts) must not carry into a report,
 * because they change how the text around them reads without showing themselves:
 *
 * <ul>
 *   <li>bidirectional controls, U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F and U+061C: they
 *       reorder what follows, so a login {@code U+202E "gnp.exe"} reads as {@code exe.png}, and a
 *       title can push the rest of its line (or table row) backwards;
 *   <li>zero-width characters, U+200B to U+200D, U+2060 and U+FEFF: invisible inside a word, so two
 *       logins look alike, and a keyword can hide from a reader's search. Removing U+200D (the
 *       zero-width joiner) shows an emoji sequence such as a family as its single emoji;
 *   <li>control characters, C0 (U+0000 to U+001F), DEL and C1 (U+0080 to U+009F): not text at all;
 *       the escapers keep only the line breaks and tabs their format allows.
 * </ul>
 */
final class HiddenCharacters {
  private HiddenCharacters() {}

  /** A bidirectional control or a zero-width character: removed wherever it appears. */
  static boolean isInvisible(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || (c >= '\u200B' && c <= '\u200D')
        || c == '\u2060'
        || c == '\uFEFF';
  }

  /**
   * A C0 or C1 control character, or DEL; line breaks and tabs among them are for the caller to
   * keep.
   */
  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
  }
}
