package io.devpulse.index;

import io.devpulse.model.UserErrorException;
import java.util.Locale;

/**
 * A query the index cannot run: bad syntax, an unknown field, a bad date or number. One line,
 * whatever the query held: a line break or other control character the message quotes from it
 * prints as {@code \\n}, {@code \\t} or {@code \\uXXXX}.
 */
public final class BadQueryException extends UserErrorException {
  private static final long serialVersionUID = 1L;

  public BadQueryException(String message) {
    super(visible(message));
  }

  public BadQueryException(String message, Throwable cause) {
    super(visible(message), cause);
  }

  /** {@code text} with control characters as {@code \\n}, {@code \\t} or {@code \\uXXXX}. */
  public static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
