package io.devpulse.rules.facts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions for a pack's functions, each compiled once per process: {@code
 * text.matches(regex)} compiles its pattern on every call, which a condition evaluated for every
 * item pays every time (the built-in pack's {@code asks(title)} spent half its time compiling).
 *
 * <pre>{@code
 * function boolean asks(String title) {
 *     return Regex.matches(title, "(?is)(how|why|what)\\b.*");
 * }
 * }</pre>
 */
public final class Regex {
  /** Patterns kept at most; a pack names a handful, so this only bounds a pack that builds them. */
  private static final int LIMIT = 1_000;

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private Regex() {}

  /** Whether all of {@code text} matches {@code regex}: {@code text.matches(regex)}. */
  public static boolean matches(String text, String regex) {
    Pattern p = PATTERNS.get(regex);
    if (p == null) {
      p = Pattern.compile(regex);
      if (PATTERNS.size() >= LIMIT) {
        PATTERNS.clear();
      }
      PATTERNS.put(regex, p);
    }
    return p.matcher(text).matches();
  }
}
