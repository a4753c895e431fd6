package io.devpulse.rules.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link TextCleaner#body} as it was before it became linear (commit 7ae6c1f), frozen: the reference the
 * linear version must agree with on every input short enough for the old one's quadratic patterns.
 */
final class RegexTextCleaner {
  private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|\\z)", Pattern.DOTALL);
  private static final Pattern DETAILS =
      Pattern.compile("<details\\b.*?(</details>|\\z)", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~)[^\\n]*\\n.*?(^[ \\t]*\\1[ \\t]*$|\\z)",
      Pattern.DOTALL);
  /** Markdown sections (any heading level) that templates add and that say nothing about the item. */
  private static final Pattern TEMPLATE_HEADING = Pattern.compile(
      "(?i)^(#{1,6})\\s*(your current environment|before submitting a new issue.*|"
          + "essential elements of an effective pr description.*)\\s*$");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s");
  private static final Pattern ENV_LINE = Pattern.compile(
      "(?i)(used to build pytorch|collect_env|==============================|is debug build\\s*:|"
          + "runtime version\\s*:|rocm version\\s*:)");
  /** Lower-case fragments one of which every {@link #ENV_LINE} match contains. */
  private static final List<String> ENV_MARKERS = List.of("used to build pytorch", "collect_env",
      "==============================", "is debug build", "runtime version", "rocm version");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  private static final Pattern CHECKBOX = Pattern.compile("(?m)^\\s*[-*]\\s*\\[[ xX]\\]\\s*");
  private static final Pattern MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]\\s)|[`*_~|]{1,3}");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private RegexTextCleaner() {}

  static String body(String markdown) {
    if (markdown.isEmpty()) {
      return "";
    }
    // Each pattern runs only when the text holds what it needs to match: most bodies have no comments,
    // details, fences or environment dump, and the regexes were most of the classification time.
    String s = markdown.replace("\r\n", "\n");
    String lower = s.toLowerCase(Locale.ROOT);
    if (s.contains("<!--")) {
      s = HTML_COMMENT.matcher(s).replaceAll(" ");
    }
    if (lower.contains("<details")) {
      s = DETAILS.matcher(s).replaceAll(" ");
    }
    if (s.contains("```") || s.contains("~~~")) {
      s = FENCE.matcher(s).replaceAll(" ");
    }
    boolean envLines = ENV_MARKERS.stream().anyMatch(lower::contains);
    StringBuilder kept = new StringBuilder(s.length());
    int skipLevel = 0; // >0: inside a template section of this heading level
    for (String line : s.split("\n", -1)) {
      Matcher heading = line.indexOf('#') >= 0 ? HEADING.matcher(line) : null;
      if (heading != null && heading.find()) {
        int level = heading.group(1).length();
        if (TEMPLATE_HEADING.matcher(line.strip()).matches()) {
          skipLevel = level;
          continue;
        }
        if (skipLevel > 0 && level <= skipLevel) {
          skipLevel = 0;
        }
      }
      if (skipLevel > 0 || (envLines && ENV_LINE.matcher(line).find())) {
        continue;
      }
      kept.append(line).append('\n');
    }
    s = kept.toString();
    if (s.contains("](")) {
      s = IMAGE.matcher(s).replaceAll(" ");
      s = LINK.matcher(s).replaceAll("$1");
    }
    if (s.contains("http")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('<') >= 0) {
      s = HTML_TAG.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('[') >= 0) {
      s = CHECKBOX.matcher(s).replaceAll(" ");
    }
    s = MARKUP.matcher(s).replaceAll(" ");
    return SPACE.matcher(s).replaceAll(" ").strip();
  }
}
