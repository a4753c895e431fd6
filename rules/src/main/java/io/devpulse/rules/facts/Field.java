package io.devpulse.rules.facts;

import java.util.Locale;

/** Where in an item a term matched; {@link TermHit#evidence()} words it for reports. */
public enum Field {
  /** The title without its {@code [...]} tags. */
  TITLE("title: '%s'"),
  /** A {@code [...]} tag of the title, e.g. {@code [ROCm]}. */
  TAG("title tag [%s]"),
  /** The cleaned body (see {@link ItemFact#body()}). */
  BODY("body: '%s'"),
  /** A GitHub label. */
  LABEL("label '%s'"),
  /** The author's login ({@code login:}, {@code login-prefix:}, {@code login-suffix:} entries). */
  LOGIN("author login '%s'"),
  /** A changed file path of a pull request (known only after a sync fetched the files). */
  PATH("path '%s'"),
  /** A human comment on the item (cleaned like the body). */
  COMMENT("comment: '%s'"),
  /**
   * A code block of the description ({@link ItemFact#codeBlocks()}): benchmark output, logs. Last,
   * so that stored hits keep their field numbers.
   */
  CODE("code block: '%s'");

  private final String format;

  Field(String format) {
    this.format = format;
  }

  /** The evidence text for {@code term} found in this field, e.g. {@code body: 'MI300X'}. */
  public String describe(String term) {
    return String.format(Locale.ROOT, format, term);
  }
}
