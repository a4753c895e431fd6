package io.devpulse.report.internal;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.devpulse.model.Description;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The gist of an item's body as one line of plain text: vLLM's {@code ## Purpose} section for pull
 * requests, the bug template's {@code Describe the bug} section for issues (or a {@code
 * Description} / {@code Summary} / {@code Motivation} section), else the first paragraph (its
 * headings when it has none) — read by {@link Description}, the Markdown reader the rules use too
 * (so code, HTML comments, {@code <details>}, checklists, template sections and link targets are
 * gone). The result is whole sentences (ICU's sentence {@link BreakIterator}, which knows Chinese
 * and English punctuation and "e.g.") up to {@link #MAX_LENGTH} characters, followed by an ellipsis
 * when sentences were left out: never cut inside a sentence, unless its first sentence alone is
 * longer than that (then at a clause or word boundary). It is not escaped: renderers do that.
 */
public final class BodyExtract {
  /** The longest extract, ellipsis included. */
  public static final int MAX_LENGTH = 400;

  /** English rules with the standard suppressions ("e.g.", "Mr."); Chinese 。！？ break as well. */
  private static final ULocale SENTENCES = new ULocale("en@ss=standard");

  private static final String MORE = " …";

  private static final Pattern PRIMARY =
      Pattern.compile("(?i)\\bpurpose\\b|describe the bug|bug description");
  private static final Pattern SECONDARY =
      Pattern.compile("(?i)^\\W*(description|summary|motivation)\\b");

  private BodyExtract() {}

  /** The extract of {@code body}; empty when it says nothing usable. */
  public static String of(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    Description d = Description.of(body);
    for (Pattern wanted : List.of(PRIMARY, SECONDARY)) {
      for (Description.Section s : d.sections()) {
        if (s.heading() != null && wanted.matcher(s.heading()).find()) {
          String text = s.text();
          if (text.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return cut(text);
          }
        }
      }
    }
    String first = d.firstParagraph();
    // a body of headings only ("t\n---" is a heading too) says what its headings say
    return cut(first.isEmpty() ? d.text() : first);
  }

  /**
   * The prose of {@code body} a reader sees: without code, HTML comments and {@code <details>}
   * blocks.
   */
  public static String withoutCodeAndDetails(String body) {
    return Description.of(body).text();
  }

  /** Whole sentences of {@code text} up to {@link #MAX_LENGTH} characters. */
  static String cut(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(SENTENCES);
    sentences.setText(text);
    int end = sentences.next();
    if (end == BreakIterator.DONE || end > MAX_LENGTH - MORE.length()) {
      return clause(text); // one sentence longer than the whole budget
    }
    for (int next = sentences.next();
        next != BreakIterator.DONE && next <= MAX_LENGTH - MORE.length();
        next = sentences.next()) {
      end = next;
    }
    String kept = text.substring(0, end).stripTrailing();
    return end >= text.length() ? kept : kept + MORE;
  }

  /** A sentence too long for the budget: cut after a clause, else a word, with an ellipsis. */
  private static String clause(String text) {
    int limit = MAX_LENGTH - 1;
    if (Character.isLowSurrogate(text.charAt(limit))) {
      limit--;
    }
    int end = -1;
    for (int i = limit - 1; i > MAX_LENGTH / 2; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == ',' || c == '；' || c == '，' || c == '、' || c == ':' || c == '：') {
        end = i + 1;
        break;
      }
    }
    if (end < 0) {
      int space = text.lastIndexOf(' ', limit);
      end = space > MAX_LENGTH / 2 ? space : limit;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}
