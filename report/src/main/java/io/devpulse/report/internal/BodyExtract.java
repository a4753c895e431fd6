package io.devpulse.report.internal;

import io.devpulse.model.InlineMarkup;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gist of an item's body as one line of plain text: vLLM's {@code ## Purpose} section for pull
 * requests, the bug template's {@code Describe the bug} section for issues (or a {@code Description} /
 * {@code Summary} / {@code Motivation} section), else the first paragraph. HTML comments, code blocks,
 * {@code <details>} blocks, tags, check-boxes, list markers and link targets are dropped; the result is cut
 * at a word boundary to {@link #MAX_LENGTH} characters with an ellipsis. It is not escaped: renderers do that.
 *
 * <p>Bodies are untrusted and up to 65,536 characters, so extracting takes time linear in the body:
 * images, links and tags are found by {@link InlineMarkup}'s scanner, headings by hand, and the line
 * patterns' leading space stays within its line. (Their regular expressions took up to minutes on a
 * hostile 64 KB body: a {@code \s*} from every line start over all the blank lines that follow, a
 * heading's trailing {@code [\s#]*} retried from every character.)
 */
public final class BodyExtract {
  /** The longest extract, ellipsis included. */
  public static final int MAX_LENGTH = 320;

  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|\\z)", Pattern.DOTALL);
  private static final Pattern FENCE =
      Pattern.compile("(?m)^ {0,3}(```|~~~).*?(^ {0,3}\\1[^\\n]*$|\\z)", Pattern.DOTALL);
  private static final Pattern DETAILS =
      Pattern.compile("<details\\b.*?(</details\\s*>|\\z)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  /** An ATX heading's start: its text follows, up to trailing spaces and {@code #}s. */
  private static final Pattern HEADING_START = Pattern.compile("^ {0,3}#{1,6}\\s+");
  private static final Pattern PRIMARY = Pattern.compile("(?i)\\bpurpose\\b|describe the bug|bug description");
  private static final Pattern SECONDARY = Pattern.compile("(?i)^\\W*(description|summary|motivation)\\b");
  // Leading space within the line ([ \t\x0B\f], not \s, which has \n): the blank lines \s* also ate are
  // spaces in the end anyway.
  private static final Pattern CHECKBOX = Pattern.compile("(?m)^[ \\t\\x0B\\f]*[-*+]\\s+\\[[ xX]\\].*$");
  private static final Pattern LIST_MARKER =
      Pattern.compile("(?m)^[ \\t\\x0B\\f]*(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern QUOTE_MARKER = Pattern.compile("(?m)^[ \\t\\x0B\\f]*>\\s?");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private BodyExtract() {}

  /** The extract of {@code body}; empty when it says nothing usable. */
  public static String of(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String text = withoutComments(body);
    List<Section> sections = sections(text);
    for (Pattern wanted : List.of(PRIMARY, SECONDARY)) {
      for (Section s : sections) {
        if (s.heading() != null && wanted.matcher(s.heading()).find()) {
          String cleaned = clean(s.text());
          if (!cleaned.isEmpty()) {
            return cut(cleaned);
          }
        }
      }
    }
    return cut(firstParagraph(withoutCodeAndDetails(text)));
  }

  /** The body without HTML comments, fenced code and {@code <details>} blocks. */
  public static String withoutCodeAndDetails(String body) {
    String text = withoutComments(body);
    text = FENCE.matcher(text).replaceAll("\n");
    return DETAILS.matcher(text).replaceAll("\n");
  }

  private static String withoutComments(String body) {
    String text = LINE_BREAKS.matcher(body).replaceAll("\n");
    return HTML_COMMENT.matcher(text).replaceAll("");
  }

  private record Section(String heading, String text) {}

  /** The text before the first heading (heading null), then each heading with its text. */
  private static List<Section> sections(String text) {
    List<Section> sections = new ArrayList<>();
    String heading = null;
    StringBuilder current = new StringBuilder();
    boolean inFence = false;
    for (String line : text.split("\n", -1)) {
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
        inFence = !inFence;
      }
      String title = inFence ? null : headingText(line);
      if (title != null) {
        sections.add(new Section(heading, current.toString()));
        heading = title;
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    sections.add(new Section(heading, current.toString()));
    return sections;
  }

  /**
   * The text of an ATX heading line ({@code ## Purpose ##} gives {@code Purpose}), or null: what {@code
   * ^ {0,3}#{1,6}\s+(.*?)[\s#]*$} matched, without the lazy group that tried the trailing {@code [\s#]*}
   * from every character (quadratic in a line of {@code #}s).
   */
  static String headingText(String line) {
    Matcher start = HEADING_START.matcher(line);
    if (!start.lookingAt()) {
      return null;
    }
    int end = line.length();
    while (end > start.end() && isSpaceOrHash(line.charAt(end - 1))) {
      end--;
    }
    for (int i = start.end(); i < end; i++) {
      if (isLineTerminator(line.charAt(i))) {
        return null; // '.' does not match one
      }
    }
    return line.substring(start.end(), end);
  }

  /** {@code [\s#]}: {@code \s} is {@code [ \t\n\x0B\f\r]}. */
  private static boolean isSpaceOrHash(char c) {
    return c == '#' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static String firstParagraph(String text) {
    for (String block : text.split("\\n\\s*\\n")) {
      StringBuilder kept = new StringBuilder();
      for (String line : block.split("\n")) {
        if (headingText(line) == null) {
          kept.append(line).append('\n');
        }
      }
      String cleaned = clean(kept.toString());
      if (cleaned.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return cleaned;
      }
    }
    return "";
  }

  private static String clean(String text) {
    String t = FENCE.matcher(text).replaceAll("\n");
    t = DETAILS.matcher(t).replaceAll("\n");
    t = InlineMarkup.replaceImages(t, "");
    t = InlineMarkup.unwrapLinks(t);
    t = InlineMarkup.replaceTags(t, " ");
    t = CHECKBOX.matcher(t).replaceAll("");
    t = LIST_MARKER.matcher(t).replaceAll("");
    t = QUOTE_MARKER.matcher(t).replaceAll("");
    t = SPACE.matcher(t).replaceAll(" ").strip();
    return t.codePoints().anyMatch(Character::isLetterOrDigit) ? t : "";
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
