package io.devpulse.rules.internal;

import java.util.List;

/**
 * A parsed term file: its list name, whether it is a topic list, and its entries in file order.
 *
 * @param name the file name without {@code .txt}
 * @param file the file's name within the pack (for messages)
 */
public record TermList(String name, String file, boolean topic, List<Entry> entries) {
  public TermList {
    entries = List.copyOf(entries);
  }

  /** The kinds of entry a term file line can start with. */
  public enum Kind {
    TAG("tag"),
    WORD("word"),
    PHRASE("phrase"),
    REGEX("regex"),
    LABEL("label"),
    LOGIN("login"),
    LOGIN_PREFIX("login-prefix"),
    LOGIN_SUFFIX("login-suffix"),
    PATH("path");

    final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  /**
   * One entry: {@code value} as written (lower case for everything but regexes), with its position.
   *
   * @param tokens the value split into lower-case words (for tag, word and phrase entries)
   */
  public record Entry(Kind kind, String value, List<String> tokens, int line, int column) {
    public Entry {
      tokens = List.copyOf(tokens);
    }

    /** As in the file: {@code word: rocm}. */
    public String describe() {
      return kind.keyword + ": " + value;
    }
  }
}
