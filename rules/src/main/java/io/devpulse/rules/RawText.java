package io.devpulse.rules;

import io.devpulse.model.Item;
import io.devpulse.rules.internal.TermList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an item's title, tags or body can hold a word, decided on the raw title and Markdown,
 * without reading the Markdown: what lets a {@link TermEdit} pass over the many items its few
 * changed entries cannot match without parsing each one.
 *
 * <p>Sound for words of ASCII letters and digits: each word of the text the term lists see is a
 * piece of a run of letters and digits of the raw title or body, unless the Markdown joins letters
 * that are apart in the raw text. The title is cleaned by dropping tags and backticks, which leaves
 * spaces. The body's reader ({@link io.devpulse.model.Description}) keeps text nodes as written and
 * turns code, HTML, images, line breaks and URLs into spaces, and blocks and lines are joined with
 * spaces; what can join letters is emphasis ({@code snap*pier*}), an entity ({@code
 * &#115;nappier}), a link's text next to other text ({@code [snap](u)pier}, {@code [snap][r]pier},
 * {@code [snap]pier} with a definition {@code [snap]: u}) and an autolink's text next to other text
 * ({@code <me@x.io>pier}). A body with any of their marks ({@code *}, {@code ~}, {@code &}, {@code
 * ](}, {@code ][}, {@code ]:}, {@code >} before a letter or digit) is not judged here. Lower case
 * is Java's ({@link Locale#ROOT}), as the tokens': for ASCII words it maps each character alone.
 */
final class RawText {
  private RawText() {}

  /**
   * The first words of {@code lists}' entries, when every entry is a word, phrase or tag whose
   * first word is ASCII letters and digits only; else null (no entry may be searched for raw).
   */
  static String[] firstWords(List<TermList> lists) {
    Set<String> out = new LinkedHashSet<>();
    for (TermList list : lists) {
      for (TermList.Entry e : list.entries()) {
        switch (e.kind()) {
          case WORD, PHRASE, TAG -> {
            String first = e.tokens().get(0);
            if (!asciiWord(first)) {
              return null;
            }
            out.add(first);
          }
          default -> {
            return null;
          }
        }
      }
    }
    return out.toArray(String[]::new);
  }

  /**
   * Whether {@code item}'s title (with its tags) or body may have a word equal to one of {@code
   * words} (lower-case ASCII letters and digits): false only when it cannot.
   */
  static boolean mayHaveAny(Item item, String[] words) {
    if (words.length == 0) {
      return false;
    }
    String title = item.title().toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (title.contains(w)) {
        return true;
      }
    }
    String body = item.body();
    if (body.isEmpty()) {
      return false;
    }
    if (mayJoinLetters(body)) {
      return true;
    }
    String lower = body.toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether Markdown {@code text} has a mark that can join letters apart in it (class comment). */
  static boolean mayJoinLetters(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '*', '~', '&' -> {
          return true;
        }
        case ']' -> {
          if (i + 1 < n && "([:".indexOf(text.charAt(i + 1)) >= 0) {
            return true;
          }
        }
        case '>' -> {
          if (i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  private static boolean asciiWord(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
