package io.devpulse.model;

import java.util.Objects;

/**
 * A term of a rule pack's term list that classification found in an item, as stored beside the
 * item: what a report can name without matching the item's text again.
 *
 * @param list the term list, e.g. {@code amd-rocm} for {@code terms/topics/amd-rocm.txt}
 * @param field where it was found ({@code title}, {@code tag}, {@code body}, {@code label}, {@code
 *     login}, {@code path}, {@code comment})
 * @param term the list's entry that matched, e.g. {@code rocm}
 */
public record MatchedTerm(String list, String field, String term) {
  public MatchedTerm {
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(term, "term");
  }
}
