package io.devpulse.report.internal;

import io.devpulse.model.Evidence;
import io.devpulse.model.PackMessages;
import io.devpulse.model.Priority;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule pack's words for its own concepts in one report language ({@link PackMessages}): topic
 * names, priority levels, why a rule fired and what a finding says, each escaped for the output
 * format. Where the pack has no message the report's bundle speaks (topics, priorities), else the
 * rule's own name with its evidence, so a missing message is visible rather than silent ({@code
 * rules check} names it).
 */
public final class Phrasing {
  /** The quoted spans of evidence text: {@code body: 'CUDA error'}, {@code title tag [Core]}. */
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\\[([^\\]]+)\\]");

  private static final Pattern VERSION = Pattern.compile("\\bv?\\d+(?:\\.\\d+)+\\b");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern KEYWORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

  /** How many terms one reason names before "…": the rest adds length, not insight. */
  private static final int TERMS_PER_REASON = 3;

  private final PackMessages pack;
  private final String language;
  private final Messages m;
  private final UnaryOperator<String> esc;

  public Phrasing(PackMessages pack, String language, Messages m, UnaryOperator<String> esc) {
    this.pack = pack;
    this.language = language;
    this.m = m;
    this.esc = esc;
  }

  /** A topic's display name, unescaped: the pack's, else the report bundle's, else its id. */
  public String topicName(String topic) {
    return pack.format(language, "topic." + topic, Map.of())
        .orElseGet(() -> m.textOr("topic." + topic, topic));
  }

  /** A priority level's name, unescaped: the pack's, else the report bundle's. */
  public String priorityLabel(Priority p) {
    if (p == null) {
      return m.text("priorityNone");
    }
    return pack.format(language, "priority." + p.key(), Map.of())
        .orElseGet(
            () ->
                m.text(
                    "priority"
                        + p.name().charAt(0)
                        + p.name().substring(1).toLowerCase(Locale.ROOT)));
  }

  /**
   * Why the rules said so, one phrase per rule (escaped), in the order the rules gave them: {@code
   * the bug report's title names a hard fault: 'illegal memory access'}; topic evidence is prefixed
   * with its topic.
   */
  public List<String> why(List<Evidence> reasons) {
    Map<List<Object>, List<String>> byRule = new LinkedHashMap<>();
    for (Evidence e : reasons) {
      byRule
          .computeIfAbsent(List.of(e.kind(), e.label(), e.rule()), k -> new ArrayList<>())
          .add(e.text());
    }
    // One phrase per priority rule; a topic's rules share one phrase: topic 'x': a, b.
    Map<String, List<String>> byTopic = new LinkedHashMap<>();
    List<String> out = new ArrayList<>();
    byRule.forEach(
        (key, texts) -> {
          Evidence.Kind kind = (Evidence.Kind) key.get(0);
          String label = (String) key.get(1);
          String reason = rule((String) key.get(2), label, kind, texts);
          if (kind == Evidence.Kind.TOPIC) {
            if (!byTopic.containsKey(label)) {
              out.add("\0topic:" + label);
            }
            byTopic.computeIfAbsent(label, t -> new ArrayList<>()).add(reason);
          } else {
            out.add(reason);
          }
        });
    out.replaceAll(
        part -> {
          if (!part.startsWith("\0topic:")) {
            return part;
          }
          String topic = part.substring("\0topic:".length());
          return m.format(
              "topicReason",
              esc.apply(topicName(topic)),
              String.join(m.text("phraseSeparator"), byTopic.get(topic)));
        });
    return out;
  }

  /** One rule's reason, escaped. */
  private String rule(String rule, String label, Evidence.Kind kind, List<String> texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      terms.addAll(terms(text));
    }
    List<String> quoted =
        terms.stream().limit(TERMS_PER_REASON).map(t -> m.format("quotedTerm", t)).toList();
    String list =
        String.join(m.text("listSeparator"), quoted) + (terms.size() > TERMS_PER_REASON ? "…" : "");
    Matcher number = NUMBER.matcher(String.join(" ", texts));
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("terms", list);
    args.put("count", terms.size());
    args.put(
        "topic",
        kind == Evidence.Kind.TOPIC || kind == Evidence.Kind.PRIMARY ? topicName(label) : "");
    args.put("number", number.find() ? number.group() : "");
    return pack.format(language, PackMessages.ruleKey(rule), args)
        .map(esc)
        .orElseGet(
            () -> {
              List<String> shown =
                  texts.stream().distinct().limit(TERMS_PER_REASON).map(esc).toList();
              String joined =
                  String.join("; ", shown)
                      + (texts.stream().distinct().count() > TERMS_PER_REASON ? "; …" : "");
              return m.format("reason", esc.apply(rule), joined);
            });
  }

  /** The quoted spans of one evidence text; else the versions it names. */
  static List<String> terms(String evidence) {
    List<String> out = new ArrayList<>();
    Matcher q = QUOTED.matcher(evidence);
    while (q.find()) {
      out.add(q.group(1) != null ? q.group(1) : q.group(2));
    }
    if (out.isEmpty()) {
      Matcher v = VERSION.matcher(evidence);
      while (v.find()) {
        out.add(v.group());
      }
    }
    return out;
  }

  /**
   * A finding in the pack's words (escaped), with its values as the message's named arguments; the
   * kind and values as written when the pack has no message for the kind.
   */
  public String finding(String kind, Map<String, String> values) {
    Map<String, Object> args = new LinkedHashMap<>();
    // Each value also as a select keyword (<name>_key): ICU keywords cannot hold "-", and an empty
    // value (a claim naming no metric) is "none", which a select can name.
    values.forEach(
        (k, v) -> {
          String value = v == null ? "" : v;
          args.put(k, value);
          args.put(k + "_key", value.isBlank() ? "none" : KEYWORD.matcher(value).replaceAll("_"));
        });
    return pack.format(language, "finding." + kind, args)
        .map(esc)
        .orElseGet(() -> esc.apply(kind + " " + values));
  }
}
