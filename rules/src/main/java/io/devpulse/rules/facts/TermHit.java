package io.devpulse.rules.facts;

import java.util.Objects;

/**
 * A term of a term list found in one field of an item. The engine inserts one per distinct term,
 * list and field before the rules fire, so that rules match facts instead of scanning text:
 *
 * <pre>{@code
 * $h : TermHit( list == "crash", field == Field.TITLE, $i : item )
 * }</pre>
 *
 * @param item the item the term was found in
 * @param list the term list's name: its file name without {@code .txt} ({@code
 *     terms/topics/amd-rocm.txt} gives {@code amd-rocm})
 * @param topic true when the list is a topic list (it lives under {@code terms/topics/})
 * @param field where the term was found
 * @param term the text as it appears in the item (original case), e.g. {@code MI300X}
 * @param entry the term-file entry that matched, e.g. {@code regex: mi[234]\d\d[a-z]?}
 */
public record TermHit(
    ItemFact item, String list, boolean topic, Field field, String term, String entry) {
  public TermHit {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(list, "list");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(entry, "entry");
  }

  /** Readable evidence naming field and term: {@code title tag [ROCm]}, {@code body: 'MI300X'}. */
  public String evidence() {
    return field.describe(term);
  }

  /**
   * True when the term was found in the title, a title tag or a label (what the author chose to
   * say).
   */
  public boolean inHeadline() {
    return field == Field.TITLE || field == Field.TAG || field == Field.LABEL;
  }
}
