package io.devpulse.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the rules found an item claims or risks, as a report shows it: a kind the pack phrases
 * ({@code finding.<kind>} in its messages), the values its message names and the evidence behind
 * it.
 *
 * @param kind e.g. {@code speedup-claim}, {@code compat-risk}, {@code regression}, {@code
 *     crash-fix}
 * @param rule the rule that found it
 * @param values the message's arguments, e.g. {@code surface=interface, name=_model_forward}
 * @param evidence what the rule saw (field and quoted span), for the JSON and the collapsed details
 */
public record ReportFinding(
    String kind, String rule, Map<String, String> values, List<String> evidence) {
  public ReportFinding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    evidence = List.copyOf(evidence);
  }
}
