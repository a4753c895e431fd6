package io.devpulse.cli.output;

import com.google.common.base.CharMatcher;

/**
 * Text from outside (titles, logins, server messages) made safe for a terminal: C0 and C1 control
 * characters — ESC starts a sequence that can rewrite the screen, BEL rings, NUL truncates — and
 * bidirectional overrides, which reorder what follows, become {@code ?}.
 */
public final class TerminalText {
  private static final CharMatcher UNSAFE =
      CharMatcher.javaIsoControl()
          .or(CharMatcher.anyOf("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069"));
  private static final CharMatcher UNSAFE_IN_LINES = UNSAFE.and(CharMatcher.isNot('\n'));

  private TerminalText() {}

  /** {@code text} as one safe line: line breaks are control characters too. */
  public static String safe(String text) {
    return UNSAFE.replaceFrom(text, '?');
  }

  /** {@code text} safe, keeping its line breaks (for messages of several lines). */
  public static String safeLines(String text) {
    return UNSAFE_IN_LINES.replaceFrom(text, '?');
  }
}
