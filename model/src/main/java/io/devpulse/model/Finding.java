package io.devpulse.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something a rule found an item to claim or risk, beside its topics and priority: a measured
 * speed-up ({@code speedup-claim}), a compatibility risk ({@code compat-risk}), a regression
 * between named versions ({@code regression}), the fix of a named crash ({@code crash-fix}), or a
 * kind a pack defines. A report phrases it from its message {@code finding.<kind>} with {@code
 * values} as named arguments, and shows {@code evidence} one step away.
 *
 * @param kind lower-case words joined by dashes, e.g. {@code speedup-claim}
 * @param rule the name of the rule that found it
 * @param values the message's named arguments in the rule's order, e.g. amount {@code 1.3x}, metric
 *     {@code throughput} (names: lower-case words joined by dashes; values one line, maybe empty)
 * @param evidence kind {@link Evidence.Kind#FINDING}, label {@code kind}, the rule, and the field
 *     with the quoted span: {@code body: 'decode is 1.3x faster'}
 */
public record Finding(String kind, String rule, Map<String, String> values, Evidence evidence) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Finding {
    requireName(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    if (rule.isBlank()) {
      throw new IllegalArgumentException("rule must not be blank");
    }
    Objects.requireNonNull(values, "values");
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          requireName(k, "value name");
          copy.put(k, Evidence.oneLine(Objects.requireNonNull(v, "value of " + k), k));
        });
    values = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(evidence, "evidence");
    if (evidence.kind() != Evidence.Kind.FINDING || !evidence.label().equals(kind)) {
      throw new IllegalArgumentException(
          "evidence (" + evidence + ") must be finding evidence labelled " + kind);
    }
  }

  /** A finding whose evidence is {@code text} (field and quoted span) under {@code rule}. */
  public static Finding of(String kind, String rule, Map<String, String> values, String text) {
    return new Finding(kind, rule, values, Evidence.finding(kind, rule, text));
  }

  /** The value named {@code name}, or {@code ""}. */
  public String value(String name) {
    return values.getOrDefault(name, "");
  }

  /**
   * One line, tab-separated, for storage: kind, rule, evidence text, then name and value of each
   * value; {@link #decode} reads it back. (Every part is one line without tabs.)
   */
  public String encode() {
    StringBuilder sb =
        new StringBuilder(kind).append('\t').append(rule).append('\t').append(evidence.text());
    values.forEach((k, v) -> sb.append('\t').append(k).append('\t').append(v));
    return sb.toString();
  }

  public static Finding decode(String line) {
    String[] parts = line.split("\t", -1);
    if (parts.length < 3 || (parts.length - 3) % 2 != 0) {
      throw new IllegalArgumentException(
          "finding (" + line + ") must have kind, rule, evidence and name/value pairs");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 3; i < parts.length; i += 2) {
      values.put(parts[i], parts[i + 1]);
    }
    return of(parts[0], parts[1], values, parts[2]);
  }

  /**
   * The findings sorted by kind, then rule, then evidence: a stable order for storage and output.
   */
  public static List<Finding> sorted(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    out.sort(
        java.util.Comparator.comparing(Finding::kind)
            .thenComparing(Finding::rule)
            .thenComparing(f -> f.evidence().text()));
    return List.copyOf(out);
  }

  private static void requireName(String name, String what) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " (" + name + ") must be lower-case words joined by dashes, e.g. speedup-claim");
    }
  }
}
