package io.devpulse.rules.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Output fact: a rule found the item to claim or risk something ({@link
 * io.devpulse.model.Finding}): a kind ({@code speedup-claim}, {@code compat-risk}, {@code
 * regression}, {@code crash-fix} or the pack's own), the values its message names, and the
 * evidence. An item keeps one finding per kind: the one found earliest in the item (title first,
 * then the description's order), ties by rule name.
 *
 * <pre>{@code
 * insert(FindingHit.of($s, "speedup-claim", drools.getRule().getName(),
 *     "amount", $m.amount(), "metric", $m.metric()));
 * }</pre>
 *
 * @param position where it was found: the {@link Sentence#index()} (0 the title)
 * @param offset where in that sentence the first of the values is written (for two findings of a
 *     kind in one sentence: the earlier wins), or {@link Integer#MAX_VALUE}
 * @param evidence the field and the quoted span: {@code body: 'decode is 1.3x faster'}
 */
public record FindingHit(
    ItemFact item,
    String kind,
    String rule,
    Map<String, String> values,
    int position,
    int offset,
    String evidence) {
  public FindingHit {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * A finding in sentence {@code s}, quoted as its evidence; {@code nameValues}: name, value, ...
   */
  public static FindingHit of(Sentence s, String kind, String rule, String... nameValues) {
    Map<String, String> values = values(nameValues);
    int offset = Integer.MAX_VALUE;
    for (String v : values.values()) {
      int at = v.isEmpty() ? -1 : s.text().indexOf(v);
      if (at >= 0) {
        offset = Math.min(offset, at);
      }
    }
    return new FindingHit(s.item(), kind, rule, values, s.index(), offset, s.evidence());
  }

  /**
   * A finding from a title term ({@code $h.evidence()} of a {@link TermHit} in the title or a tag:
   * position 0).
   */
  public static FindingHit ofTitle(
      ItemFact item, String kind, String rule, String evidence, String... nameValues) {
    return new FindingHit(item, kind, rule, values(nameValues), 0, Integer.MAX_VALUE, evidence);
  }

  private static Map<String, String> values(String... nameValues) {
    if (nameValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "values must come as name, value pairs (" + nameValues.length + " strings given)");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      out.put(nameValues[i], nameValues[i + 1] == null ? "" : nameValues[i + 1]);
    }
    return out;
  }
}
