package io.devpulse.rules.facts;

import java.util.List;
import java.util.Objects;

/**
 * How many distinct terms of one list matched in one field of an item: one fact per (item, list,
 * field) with at least one {@link TermHit}. Use it for "at least two body terms" rules without an
 * accumulate:
 *
 * <pre>{@code
 * TermCount( topic, field == Field.BODY, distinct >= 2, $i : item, $t : list )
 * }</pre>
 *
 * @param terms the distinct terms in the order found (original case)
 */
public record TermCount(
    ItemFact item, String list, boolean topic, Field field, List<String> terms) {
  public TermCount {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(field, "field");
    terms = List.copyOf(terms);
  }

  /** The number of distinct terms. */
  public int distinct() {
    return terms.size();
  }

  /** Evidence naming the field and every term: {@code body: 'slow', 'faster'}. */
  public String evidence() {
    return field.describe(String.join("', '", terms));
  }
}
