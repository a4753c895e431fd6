package io.devpulse.index.internal;

import io.devpulse.index.BadQueryException;

/**
 * The budget of a regular expression in a query ({@code body:/rocm.*error/}), checked before Lucene
 * parses it. Lucene's {@code RegExp} builds an automaton by copying each repeated part as often as
 * it may repeat, so nested and stacked repeats multiply: {@code (a{1,100}){1,100}} is 10,000 states
 * (two seconds, then {@code TooComplexToDeterminizeException}), {@code ((a{1,100}){1,100}){1,100}}
 * a million (minutes of CPU); and its parser recurses once per group, so 5,000 nested groups
 * overflow the stack. What is refused, as a one-line {@link BadQueryException}:
 *
 * <ul>
 *   <li>more than {@link #MAX_LENGTH} characters;
 *   <li>groups nested more than {@link #MAX_DEPTH} deep;
 *   <li>a repeat count above {@link #MAX_REPEAT} ({@code a{1,100000}} alone is 100,000 states);
 *   <li>more than {@link #MAX_POSITIONS} positions: each character, class, {@code .} or escape
 *       counts once, times the copies every repeat around it makes ({@code {n}}: n, {@code {n,m}}:
 *       m, {@code {n,}}: n + 1, {@code +}: 2, {@code *} and {@code ?}: 1); alternatives add up. A
 *       regular expression within these limits compiles in well under a second.
 * </ul>
 *
 * <p>What Lucene still cannot determinize within its work limit (a small expression can need an
 * exponential automaton: {@code .*a.{1,30}}) fails fast in Lucene and is reported by the parser.
 * The scan is linear and never recurses; it only estimates, and leaves syntax errors for Lucene to
 * report.
 */
final class RegexLimits {
  /** The longest regular expression, in characters. */
  static final int MAX_LENGTH = 1_000;

  /** The deepest nesting of groups. */
  static final int MAX_DEPTH = 32;

  /** The largest count in a repeat ({@code {n}}, {@code {n,}}, {@code {n,m}}). */
  static final int MAX_REPEAT = 100;

  /** The most positions (see the class comment) the automaton may be built from. */
  static final int MAX_POSITIONS = 1_000;

  /** How much of a long expression messages show. */
  private static final int SHOWN = 60;

  private RegexLimits() {}

  /**
   * Throws a {@link BadQueryException} naming {@code field} and {@code regex} when a limit is
   * exceeded.
   */
  static void check(String field, String regex) {
    if (regex.length() > MAX_LENGTH) {
      throw bad(field, regex, "longer than " + MAX_LENGTH + " characters");
    }
    long[] sums =
        new long[MAX_DEPTH + 1]; // positions so far, per open group; [0] is the whole expression
    int depth = 0;
    int n = regex.length();
    int i = 0;
    while (i < n) {
      char c = regex.charAt(i);
      long weight;
      if (c == '(') {
        if (++depth > MAX_DEPTH) {
          throw bad(field, regex, "groups nested deeper than " + MAX_DEPTH + " levels");
        }
        sums[depth] = 0;
        i++;
        continue;
      } else if (c == ')') {
        i++;
        if (depth == 0) {
          continue; // a stray parenthesis: Lucene reports it
        }
        weight = Math.max(1, sums[depth--]);
      } else if (c == '|' || c == '&' || c == '~') {
        i++;
        continue; // operators: no position of their own
      } else if (c == '\\') {
        i = Math.min(n, i + 2);
        weight = 1;
      } else if (c == '[') {
        i = classEnd(regex, i);
        weight = 1;
      } else if (c == '"' || c == '<') {
        // A quoted literal string, or a numeric interval <1-100>: a few positions per character.
        int end = regex.indexOf(c == '"' ? '"' : '>', i + 1);
        end = end < 0 ? n : end;
        weight = Math.max(1, end - i - 1);
        i = Math.min(n, end + 1);
      } else {
        i++;
        weight = 1;
      }
      // The repeats that follow: they stack, so a{10}{10}{10} is 1,000 copies.
      while (i < n) {
        char q = regex.charAt(i);
        if (q == '*' || q == '?') {
          i++;
        } else if (q == '+') {
          weight = capped(weight * 2);
          i++;
        } else if (q == '{') {
          int close = regex.indexOf('}', i);
          long copies = close < 0 ? -1 : copies(field, regex, regex.substring(i + 1, close));
          if (copies < 0) {
            break; // not a repeat Lucene reads: it reports the syntax error
          }
          weight = capped(weight * copies);
          i = close + 1;
        } else {
          break;
        }
      }
      sums[depth] = capped(sums[depth] + weight);
      if (sums[depth] > MAX_POSITIONS) {
        // Sums only grow as groups close (times copies >= 1), so the whole is too large already.
        throw bad(
            field,
            regex,
            "expands to more than "
                + MAX_POSITIONS
                + " positions (nested and stacked repeats multiply)");
      }
    }
  }

  /**
   * The index after the character class opening at {@code open}; the end when it does not close.
   */
  private static int classEnd(String regex, int open) {
    int i = open + 1;
    if (i < regex.length() && regex.charAt(i) == '^') {
      i++;
    }
    while (i < regex.length()) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == ']') {
        return i + 1;
      } else {
        i++;
      }
    }
    return regex.length();
  }

  /** The copies a repeat {@code {inside}} makes; -1 when it is not a repeat. */
  private static long copies(String field, String regex, String inside) {
    int comma = inside.indexOf(',');
    String min = comma < 0 ? inside : inside.substring(0, comma);
    String max = comma < 0 ? null : inside.substring(comma + 1);
    if (!isCount(min) || (max != null && !max.isEmpty() && !isCount(max))) {
      return -1;
    }
    long low = count(field, regex, min);
    if (max == null) {
      return low;
    }
    return max.isEmpty() ? low + 1 : Math.max(low, count(field, regex, max));
  }

  private static boolean isCount(String digits) {
    return !digits.isEmpty() && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9');
  }

  private static long count(String field, String regex, String digits) {
    if (digits.length() > 4 || Integer.parseInt(digits) > MAX_REPEAT) {
      // a{1,100000} compiles to an automaton of 100,000 states: minutes of CPU for one query.
      throw bad(field, regex, "repeat counts above " + MAX_REPEAT + " are not supported");
    }
    return Integer.parseInt(digits);
  }

  private static long capped(long value) {
    return Math.min(value, MAX_POSITIONS + 1L);
  }

  static BadQueryException bad(String field, String regex, String why) {
    return bad(field, regex, why, null);
  }

  static BadQueryException bad(String field, String regex, String why, Throwable cause) {
    return new BadQueryException(
        "bad regular expression in " + field + ": /" + shown(regex) + "/; " + why, cause);
  }

  /** The expression, cut to keep the message short. */
  static String shown(String regex) {
    if (regex.length() <= SHOWN) {
      return regex;
    }
    int end = Character.isHighSurrogate(regex.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    return regex.substring(0, end) + "…";
  }
}
