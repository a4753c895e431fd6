package io.devpulse.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link BodyExtract#of} as it was before it became linear (commit 7ae6c1f), frozen: the reference the
 * linear version must agree with on every input short enough for the old one's quadratic patterns.
 */
final class RegexBodyExtract {
  private static final int MAX_LENGTH = BodyExtract.MAX_LENGTH;

  private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|\\z)", Pattern.DOTALL);
  private static final Pattern FENCE =
      Pattern.compile("(?m)^ {0,3}(```|~~~).*?(^ {0,3}\\1[^\\n]*$|\\z)", Pattern.DOTALL);
  private static final Pattern DETAILS =
      Pattern.compile("<details\\b.*?(</details\\s*>|\\z)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)[\\s#]*$");
  private static final Pattern PRIMARY = Pattern.compile("(?i)\\bpurpose\\b|describe the bug|bug description");
  private static final Pattern SECONDARY = Pattern.compile("(?i)^\\W*(description|summary|motivation)\\b");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern CHECKBOX = Pattern.compile("(?m)^\\s*[-*+]\\s+\\[[ xX]\\].*$");
  private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern QUOTE_MARKER = Pattern.compile("(?m)^\\s*>\\s?");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private RegexBodyExtract() {}

  static String of(String body) {
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

  static String withoutCodeAndDetails(String body) {
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
      Matcher m = HEADING.matcher(line);
      if (!inFence && m.matches()) {
        sections.add(new Section(heading, current.toString()));
        heading = m.group(1);
        current.setLength(0);
      } else {
        current.append(line).append('\n');
      }
    }
    sections.add(new Section(heading, current.toString()));
    return sections;
  }

  private static String firstParagraph(String text) {
    for (String block : text.split("\\n\\s*\\n")) {
      StringBuilder kept = new StringBuilder();
      for (String line : block.split("\n")) {
        if (!HEADING.matcher(line).matches()) {
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
    t = IMAGE.matcher(t).replaceAll("");
    t = LINK.matcher(t).replaceAll("$1");
    t = TAG.matcher(t).replaceAll(" ");
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
