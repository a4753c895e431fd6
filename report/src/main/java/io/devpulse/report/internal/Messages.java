package io.devpulse.report.internal;

import java.util.Collections;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A report's wording in one language: the built-in {@code ReportMessages} bundle, with any keys a
 * user's template directory overrides. Patterns use {@code {0}}, {@code {1}}, ... and nothing else
 * ({@code '} and other {@link java.text.MessageFormat} syntax are plain text), so a translator
 * cannot trip over quoting; only a pattern with a plural ({@code {0,plural,one{# item}other{#
 * items}}}) is ICU MessageFormat syntax.
 */
public final class Messages {
  private static final java.util.regex.Pattern PLURAL =
      java.util.regex.Pattern.compile("\\{\\d+,\\s*plural\\s*,");

  private final Map<String, String> texts;

  public Messages(Map<String, String> texts) {
    this.texts = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(texts, "texts")));
  }

  /**
   * Every key of resource bundle {@code bundle} in {@code locale}, without falling back to another
   * one.
   */
  public static Map<String, String> bundle(String bundle, java.util.Locale locale) {
    java.util.ResourceBundle b =
        java.util.ResourceBundle.getBundle(
            bundle,
            locale,
            java.util.ResourceBundle.Control.getNoFallbackControl(
                java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    for (java.util.Enumeration<String> keys = b.getKeys(); keys.hasMoreElements(); ) {
      String key = keys.nextElement();
      texts.put(key, b.getString(key));
    }
    return texts;
  }

  /** The text of {@code key}; a missing key is a broken bundle, not a user mistake. */
  public String text(String key) {
    String value = texts.get(key);
    if (value == null) {
      throw new MissingResourceException(
          "report message " + key + " is missing", "ReportMessages", key);
    }
    return value;
  }

  /** The text of {@code key}, or {@code fallback} when the bundle has none. */
  public String textOr(String key, String fallback) {
    return texts.getOrDefault(key, fallback);
  }

  /**
   * The pattern of {@code key} with {@code {i}} replaced by {@code args[i]} (already escaped by the
   * caller).
   */
  public String format(String key, Object... args) {
    String pattern = text(key);
    if (PLURAL.matcher(pattern).find()) {
      // A plural needs ICU's MessageFormat ({2,plural,one{# comment}other{# comments}}); English
      // rules
      // suit every bundle, as Chinese has only the "other" form, which ICU falls back to.
      Object[] plain = args.clone();
      for (int i = 0; i < plain.length; i++) {
        if (plain[i] instanceof java.time.temporal.TemporalAccessor) {
          plain[i] = plain[i].toString(); // ICU would format it as a date in its own style
        }
      }
      return new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.ENGLISH)
          .format(plain);
    }
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1
          && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)
          && close - i <= 3) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Every key and text, sorted by key: what templates see as {@code t}. */
  public Map<String, String> all() {
    return texts;
  }
}
