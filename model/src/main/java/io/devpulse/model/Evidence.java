package io.devpulse.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Why an item got a topic or a priority: the rule that decided and what it saw, e.g. topic {@code
 * amd-rocm}, rule {@code "amd-rocm: title tag"}, text {@code title tag [ROCm]}.
 *
 * @param kind whether this supports a topic, a priority, the primary topic or a finding
 * @param label the topic name, the priority's key, or the finding's kind
 * @param rule the name of the rule that fired
 * @param text what it saw, naming the field and the term
 */
public record Evidence(Kind kind, String label, String rule, String text) {
  private static final java.util.regex.Pattern BREAKS =
      java.util.regex.Pattern.compile("[\t\r\n]+");

  /** What a piece of evidence supports. */
  public enum Kind {
    TOPIC,
    PRIORITY,
    /**
     * Why the item's primary topic (its main subject, {@link Classification#primary()}) is the
     * label.
     */
    PRIMARY,
    /** A {@link Finding}'s evidence: the label is the finding's kind. */
    FINDING
  }

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    label = oneLine(label, "label");
    rule = oneLine(rule, "rule");
    text = oneLine(text, "text");
  }

  public static Evidence topic(String topic, String rule, String text) {
    return new Evidence(Kind.TOPIC, topic, rule, text);
  }

  public static Evidence priority(Priority level, String rule, String text) {
    return new Evidence(Kind.PRIORITY, level.key(), rule, text);
  }

  public static Evidence primary(String topic, String rule, String text) {
    return new Evidence(Kind.PRIMARY, topic, rule, text);
  }

  public static Evidence finding(String kind, String rule, String text) {
    return new Evidence(Kind.FINDING, kind, rule, text);
  }

  /** One line, tab-separated, for storage; {@link #decode} reads it back. */
  public String encode() {
    return kind.name().toLowerCase(Locale.ROOT) + '\t' + label + '\t' + rule + '\t' + text;
  }

  public static Evidence decode(String line) {
    String[] parts = line.split("\t", 4);
    if (parts.length != 4) {
      throw new IllegalArgumentException("evidence (" + line + ") must have 4 tab-separated parts");
    }
    return new Evidence(
        Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1], parts[2], parts[3]);
  }

  /** Tabs and line breaks would break the stored form and one-line messages; they become spaces. */
  static String oneLine(String value, String name) {
    Objects.requireNonNull(value, name);
    // Most texts have none: skip the regex (compiled per call by replaceAll) for them.
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\t' || c == '\r' || c == '\n') {
        return BREAKS.matcher(value).replaceAll(" ");
      }
    }
    return value;
  }
}
