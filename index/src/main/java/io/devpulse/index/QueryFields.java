package io.devpulse.index;

import io.devpulse.index.internal.ItemQueryParser;

/**
 * The fields a query may name, from the parser's own table: what help lists is what the parser
 * accepts.
 */
public final class QueryFields {
  private QueryFields() {}

  /** The field names, alphabetically, comma-separated. */
  public static String names() {
    return ItemQueryParser.KNOWN_FIELDS;
  }
}
