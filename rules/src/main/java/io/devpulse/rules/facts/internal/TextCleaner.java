package io.devpulse.rules.facts.internal;

import io.devpulse.model.Description;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns GitHub titles and markdown bodies into the text rules see: title tags split off, and bodies
 * without the noise that makes keyword rules misfire (vLLM's {@code collect_env.py} block, which
 * says "ROCM used to build PyTorch: N/A" on every NVIDIA bug; issue-template boilerplate; logs in
 * code fences; markup).
 *
 * <p>Bodies are read by {@link Description}, the Markdown reader the report's excerpts use too;
 * titles by the patterns here, none of which backtracks over more than one match.
 */
public final class TextCleaner {
  /** A {@code [...]} tag: up to 40 characters without brackets. */
  private static final Pattern TAG = Pattern.compile("\\[([^\\[\\]\\r\\n]{1,40})\\]");

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

  /**
   * The title without {@code [...]} tags and backticks, whitespace collapsed, leading ":" dropped.
   */
  public static String title(String title) {
    return titleWithCode(title.replace('`', ' '));
  }

  /** The title without its {@code [...]} tags, backticks kept: the title as a sentence. */
  public static String titleWithCode(String title) {
    String t = TAG.matcher(title).replaceAll(" ");
    t = SPACE.matcher(t).replaceAll(" ").strip();
    return LEADING_PUNCT.matcher(t).replaceAll("");
  }

  /**
   * The body as rules see it: the prose of its Markdown ({@link Description#text}), without code
   * blocks (logs, environment dumps), HTML comments and {@code <details>} blocks, template sections
   * ("Your current environment", "Before submitting a new issue..."), checklists, lines of a {@code
   * collect_env.py} dump, images, URLs and backticks; link texts stay. Whitespace is collapsed to
   * single spaces.
   */
  public static String body(String markdown) {
    if (markdown.isEmpty()) {
      return "";
    }
    String text = Description.of(markdown).text();
    return text.indexOf('`') < 0
        ? text
        : SPACE.matcher(text.replace('`', ' ')).replaceAll(" ").strip();
  }

  /** Lower case for matching (ROOT locale: "I" stays "i" on Turkish machines). */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
