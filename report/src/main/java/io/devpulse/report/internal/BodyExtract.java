package io.devpulse.report.internal;

import io.devpulse.model.Description;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The gist of an item's body as one line of plain text: vLLM's {@code ## Purpose} section for pull
 * requests, the bug template's {@code Describe the bug} section for issues (or a {@code
 * Description} / {@code Summary} / {@code Motivation} section), else the first paragraph (its
 * headings when it has none) — read by {@link Description}, the Markdown reader the rules use too
 * (so code, HTML comments, {@code <details>}, checklists, template sections and link targets are
 * gone). The result is cut at a word boundary to {@link #MAX_LENGTH} characters with an ellipsis.
 * It is not escaped: renderers do that.
 */
public final class BodyExtract {
  /** The longest extract, ellipsis included. */
  public static final int MAX_LENGTH = 320;

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

  private static String cut(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int end = MAX_LENGTH - 1;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    int space = text.lastIndexOf(' ', end);
    if (space > MAX_LENGTH / 2) {
      end = space;
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}
