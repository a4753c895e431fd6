package io.devpulse.rules.internal;

import io.devpulse.model.InlineMarkup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns GitHub titles and markdown bodies into the text rules see: title tags split off, and bodies without
 * the noise that makes keyword rules misfire (vLLM's {@code collect_env.py} block, which says "ROCM used to
 * build PyTorch: N/A" on every NVIDIA bug; issue-template boilerplate; logs in code fences; markup).
 *
 * <p>Bodies are untrusted and up to 65,536 characters: cleaning takes time linear in the body. Images,
 * links and tags are found by {@link InlineMarkup}'s scanner, and no pattern here backtracks over more
 * than one line or one match.
 */
public final class TextCleaner {
  /** A {@code [...]} tag: up to 40 characters without brackets. */
  private static final Pattern TAG = Pattern.compile("\\[([^\\[\\]\\r\\n]{1,40})\\]");

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
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  /**
   * A task list box. Its leading space stays within the line (no line terminator: not {@code \s}, which
   * has {@code \n} and {@code \r}): from every line start, {@code \s*} ran over all the blank lines that
   * follow, quadratic in a body of blank lines. The blank lines it also removed become spaces anyway.
   */
  private static final Pattern CHECKBOX = Pattern.compile("(?m)^[ \\t\\x0B\\f]*[-*]\\s*\\[[ xX]\\]\\s*");
  private static final Pattern MARKUP = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|>|[-*+]\\s)|[`*_~|]{1,3}");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern LEADING_PUNCT = Pattern.compile("^[\\s:;,.\\-–—|]+");

  private TextCleaner() {}

  /** The title's {@code [...]} tags as written (without brackets, trimmed), in order. */
  public static List<String> tags(String title) {
    List<String> tags = new ArrayList<>();
    Matcher m = TAG.matcher(title);
    while (m.find()) {
      String tag = m.group(1).strip();
      if (!tag.isEmpty()) {
        tags.add(tag);
      }
    }
    return tags;
  }

  /** The title without {@code [...]} tags and backticks, whitespace collapsed, leading ":" dropped. */
  public static String title(String title) {
    String t = TAG.matcher(title).replaceAll(" ").replace('`', ' ');
    t = SPACE.matcher(t).replaceAll(" ").strip();
    return LEADING_PUNCT.matcher(t).replaceAll("");
  }

  /**
   * The body as rules see it: without HTML comments, {@code <details>} blocks and fenced code (logs,
   * environment dumps), without template sections ("Your current environment", "Before submitting a new
   * issue..."), without any line that looks like {@code collect_env.py} output, and without markdown
   * markup, images and URLs; link texts stay. Whitespace is collapsed to single spaces.
   */
  public static String body(String markdown) {
    if (markdown.isEmpty()) {
      return "";
    }
    // Each pattern runs only when the text holds what it needs to match: most bodies have no comments,
    // details, fences or environment dump, and the regexes were most of the classification time.
    String s = markdown.replace("\r\n", "\n");
    String lower = lower(s);
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
      s = InlineMarkup.replaceImages(s, " ");
      s = InlineMarkup.unwrapLinks(s);
    }
    if (s.contains("http")) {
      s = URL.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('<') >= 0) {
      s = InlineMarkup.replaceTags(s, " ");
    }
    if (s.indexOf('[') >= 0) {
      s = CHECKBOX.matcher(s).replaceAll(" ");
    }
    s = MARKUP.matcher(s).replaceAll(" ");
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** Lower case for matching (ROOT locale: "I" stays "i" on Turkish machines). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
