package io.devpulse.model;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How a rule pack phrases its own concepts, per language: the {@code
 * messages_<language>.properties} files of the pack ({@code rule.<rule key>}, {@code topic.<id>},
 * {@code priority.<level>}, {@code finding.<kind>}), ICU MessageFormat patterns with named
 * arguments ({@code {term}}, {@code {surface, select, api{…} other{…}}}). A plain value, so that a
 * report reads the pack's words without knowing the rule engine: the application reads the files
 * and hands this over.
 *
 * @param byLanguage language ({@code en}, {@code zh}) → key → pattern
 */
public record PackMessages(Map<String, Map<String, String>> byLanguage) {
  /** A pack that phrases nothing: every lookup is empty, so callers use their own fallback. */
  public static final PackMessages NONE = new PackMessages(Map.of());

  /** The file name of one language's messages in a pack, e.g. {@code messages_zh.properties}. */
  public static String fileName(String language) {
    return "messages_" + language + ".properties";
  }

  public PackMessages {
    Objects.requireNonNull(byLanguage, "byLanguage");
    Map<String, Map<String, String>> copy = new TreeMap<>();
    byLanguage.forEach(
        (language, keys) -> copy.put(language, Collections.unmodifiableMap(new TreeMap<>(keys))));
    byLanguage = Collections.unmodifiableMap(copy);
  }

  /**
   * The messages of the files {@code name → text} whose names are {@code
   * messages_<lang>.properties} (other names are skipped).
   *
   * @throws UserErrorException naming the file when one is not a readable properties file
   */
  public static PackMessages parse(Map<String, String> files) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    files.forEach(
        (name, text) -> {
          String language = languageOf(name);
          if (language == null) {
            return;
          }
          Properties p = new Properties();
          try {
            p.load(new StringReader(text));
          } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
          } catch (IllegalArgumentException e) {
            throw new UserErrorException(
                "rules file " + name + " is not a valid properties file: " + e.getMessage(), e);
          }
          Map<String, String> keys = new TreeMap<>();
          for (String key : p.stringPropertyNames()) {
            keys.put(key, p.getProperty(key));
          }
          out.put(language, keys);
        });
    return new PackMessages(out);
  }

  /** {@code zh} for {@code messages_zh.properties}; null for any other name. */
  public static String languageOf(String fileName) {
    String base = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (!base.startsWith("messages_") || !base.endsWith(".properties")) {
      return null;
    }
    String language = base.substring("messages_".length(), base.length() - ".properties".length());
    return language.matches("[a-z]{2,3}") ? language : null;
  }

  /**
   * The messages whose pattern ICU MessageFormat cannot read, as {@code messages_zh.properties:
   * rule.x: reason}, in file and key order.
   */
  public java.util.List<String> badPatterns() {
    java.util.List<String> out = new java.util.ArrayList<>();
    byLanguage.forEach(
        (language, keys) ->
            keys.forEach(
                (key, pattern) -> {
                  try {
                    new com.ibm.icu.text.MessageFormat(
                        pattern, com.ibm.icu.util.ULocale.forLanguageTag(language));
                  } catch (IllegalArgumentException e) {
                    out.add(fileName(language) + ": " + key + ": " + e.getMessage());
                  }
                }));
    return out;
  }

  /** Whether {@code language} has a message for {@code key}. */
  public boolean has(String language, String key) {
    return byLanguage.getOrDefault(language, Map.of()).containsKey(key);
  }

  /**
   * The message {@code key} in {@code language} with the named {@code args} filled in (ICU
   * MessageFormat, plural rules of that language); empty when the pack has none. A pattern that
   * does not parse is shown as written rather than failing a report: {@code rules check} names it.
   */
  public Optional<String> format(String language, String key, Map<String, Object> args) {
    String pattern = byLanguage.getOrDefault(language, Map.of()).get(key);
    if (pattern == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(MessageBundle.formatNamed(pattern, Locale.forLanguageTag(language), args));
    } catch (IllegalArgumentException e) {
      return Optional.of(pattern);
    }
  }

  /**
   * The key of the message phrasing rule {@code ruleName}: {@code rule.} and the name in lower case
   * with every run of other characters than letters and digits as one {@code -}, e.g. {@code
   * priority: hard fault in a bug report} → {@code rule.priority-hard-fault-in-a-bug-report} (a
   * properties key cannot hold a space or a colon unescaped).
   */
  public static String ruleKey(String ruleName) {
    String slug =
        ruleName
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", "-")
            .replaceAll("^-+|-+$", "");
    return "rule." + slug;
  }
}
