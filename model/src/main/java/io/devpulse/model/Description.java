package io.devpulse.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * An item's description (issue or pull-request body) read as Markdown by a real parser
 * (commonmark-java), reduced to the prose a reader or a keyword rule should see: the one reader
 * behind the rules' body text and the report's excerpts.
 *
 * <p>Kept: headings (they start {@link #sections}), paragraphs, list items and block quotes, as
 * plain text (emphasis unwrapped, inline code in backticks, link texts kept, link targets, images
 * and inline HTML dropped, bare URLs dropped), and the text HTML blocks show. Dropped: code blocks
 * (logs; kept apart in {@link #codeBlocks()}), HTML comments, {@code <details>} elements up to
 * their {@code </details>}, checklist items ({@code - [ ] I have searched...}), the sections of
 * template headings ("Your current environment", "Before submitting a new issue", the PR template's
 * "Essential elements ...") up to the next heading of the same or a higher level, and lines of a
 * {@code collect_env.py} dump ("ROCM used to build PyTorch: N/A" is on every NVIDIA bug report).
 *
 * <p>Bodies are untrusted and up to 65,536 characters: commonmark-java parses in time linear in the
 * input (delimiter and bracket stacks are bounded per run), and the patterns here run over single
 * lines.
 */
public final class Description {
  /** A heading (null before the first one) and the plain text of each block under it, in order. */
  public record Section(String heading, List<String> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }

    /** The blocks joined by spaces. */
    public String text() {
      return String.join(" ", blocks);
    }
  }

  private static final Parser PARSER = Parser.builder().build();
  private static final Pattern TEMPLATE_HEADING =
      Pattern.compile(
          "(?i)\\s*(your current environment|before submitting a new issue.*|"
              + "essential elements of an effective pr description.*)\\s*");

  /** Lower-case fragments of a {@code collect_env.py} line. */
  private static final List<String> ENV_MARKERS =
      List.of(
          "used to build pytorch",
          "collect_env",
          "==============================",
          "is debug build",
          "runtime version",
          "rocm version");

  private static final Pattern CHECKBOX = Pattern.compile("^\\s*\\[[ xX]\\](\\s|$)");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final List<Section> sections;
  private final List<String> codeBlocks;

  private Description(List<Section> sections, List<String> codeBlocks) {
    this.sections = List.copyOf(sections);
    this.codeBlocks = List.copyOf(codeBlocks);
  }

  /** Reads {@code markdown} (null or blank gives no sections). */
  public static Description of(String markdown) {
    List<Section> sections = new ArrayList<>();
    List<String> codeBlocks = new ArrayList<>();
    if (markdown == null || markdown.isBlank()) {
      return new Description(sections, codeBlocks);
    }
    Reader reader = new Reader(sections, codeBlocks);
    for (Node block = PARSER.parse(markdown).getFirstChild();
        block != null;
        block = block.getNext()) {
      reader.topLevel(block);
    }
    reader.close();
    return new Description(sections, codeBlocks);
  }

  /**
   * The sections: the text before the first heading (heading null), then each heading with its
   * blocks.
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * The text of the code blocks that {@link #sections()} drops, in order, outside template sections
   * and {@code <details>}: benchmark output pasted as code ("Throughput: 6.47 requests/s") is a
   * measurement a reader sees, so the rules may read it apart from the prose.
   */
  public List<String> codeBlocks() {
    return codeBlocks;
  }

  /** Every kept block's text, joined by spaces (what the rules read). */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Section s : sections) {
      if (s.heading() != null) {
        append(out, s.heading());
      }
      for (String b : s.blocks()) {
        append(out, b);
      }
    }
    return out.toString();
  }

  /** The first block with a letter or digit in it, or empty. */
  public String firstParagraph() {
    for (Section s : sections) {
      for (String b : s.blocks()) {
        if (b.codePoints().anyMatch(Character::isLetterOrDigit)) {
          return b;
        }
      }
    }
    return "";
  }

  private static void append(StringBuilder out, String text) {
    if (!text.isEmpty()) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(text);
    }
  }

  /** Walks the top-level blocks, tracking template sections and open {@code <details>} blocks. */
  private static final class Reader {
    private final List<Section> sections;
    private final List<String> codeBlocks;
    private String heading;
    private List<String> blocks = new ArrayList<>();
    private int skipLevel; // > 0: inside a template section of this heading level
    private boolean inDetails;

    Reader(List<Section> sections, List<String> codeBlocks) {
      this.sections = sections;
      this.codeBlocks = codeBlocks;
    }

    void topLevel(Node block) {
      if (inDetails) {
        // an HTML block ends at a blank line, so a <details> body is often ordinary blocks after it
        if (block instanceof HtmlBlock html && lower(html.getLiteral()).contains("</details")) {
          inDetails = false;
        }
        return;
      }
      if (block instanceof Heading h) {
        String title = inline(h);
        if (skipLevel > 0 && h.getLevel() > skipLevel) {
          return;
        }
        skipLevel = TEMPLATE_HEADING.matcher(title).matches() ? h.getLevel() : 0;
        if (skipLevel == 0) {
          close();
          heading = title;
        }
        return;
      }
      if (skipLevel > 0) {
        return;
      }
      if (block instanceof HtmlBlock html) {
        html(html.getLiteral());
        return;
      }
      block(block);
    }

    /**
     * The text an HTML block shows: without comments and {@code <details>} elements (an open one
     * hides the blocks that follow up to its {@code </details>}), tags removed — "{@code
     * <details>log</details>}" then a line of prose in the same block shows the prose.
     */
    private void html(String literal) {
      String lower = lower(literal);
      StringBuilder shown = new StringBuilder();
      int i = 0;
      while (i < literal.length()) {
        int comment = lower.indexOf("<!--", i);
        int details = lower.indexOf("<details", i);
        int next = comment < 0 ? details : details < 0 ? comment : Math.min(comment, details);
        if (next < 0) {
          shown.append(literal, i, literal.length());
          break;
        }
        shown.append(literal, i, next);
        boolean isComment = next == comment;
        int end = lower.indexOf(isComment ? "-->" : "</details", next);
        if (end < 0) {
          inDetails = !isComment;
          break;
        }
        int close = lower.indexOf('>', end + (isComment ? 2 : 1));
        i = close < 0 ? literal.length() : close + 1;
      }
      StringBuilder text = new StringBuilder();
      for (String line : shown.toString().split("\n", -1)) {
        String lowerLine = lower(line);
        if (ENV_MARKERS.stream().noneMatch(lowerLine::contains)) {
          append(text, clean(InlineMarkup.replaceTags(line, " ")));
        }
      }
      if (!text.isEmpty()) {
        blocks.add(text.toString());
      }
    }

    /**
     * Adds the text of a kept block (recursing into lists and quotes); code and HTML are dropped.
     */
    private void block(Node block) {
      if (block instanceof FencedCodeBlock code) {
        code(code.getLiteral());
        return;
      }
      if (block instanceof IndentedCodeBlock code) {
        code(code.getLiteral());
        return;
      }
      if (block instanceof HtmlBlock) {
        return;
      }
      if (block instanceof Paragraph p) {
        String text = paragraph(p);
        if (!text.isEmpty()) {
          blocks.add(text);
        }
      } else if (block instanceof ListBlock || block instanceof BlockQuote) {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
          block(child);
        }
      } else if (block instanceof ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph first
            && CHECKBOX.matcher(firstLine(first)).find())) {
          for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            block(child);
          }
        }
      } else if (block instanceof Heading h) {
        String text = inline(h);
        if (!text.isEmpty()) {
          blocks.add(text);
        }
      }
    }

    private void code(String literal) {
      if (literal != null && !literal.isBlank()) {
        codeBlocks.add(literal.strip());
      }
    }

    void close() {
      if (heading != null || !blocks.isEmpty()) {
        sections.add(new Section(heading, blocks));
      }
      heading = null;
      blocks = new ArrayList<>();
    }

    /** A paragraph's lines as plain text, without the lines of an environment dump. */
    private static String paragraph(Paragraph p) {
      StringBuilder out = new StringBuilder();
      StringBuilder line = new StringBuilder();
      for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
        if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
          keepLine(out, line);
        } else {
          inline(n, line);
        }
      }
      keepLine(out, line);
      return out.toString();
    }

    private static void keepLine(StringBuilder out, StringBuilder line) {
      String lower = lower(line.toString());
      if (ENV_MARKERS.stream().noneMatch(lower::contains)) {
        append(out, clean(line.toString()));
      }
      line.setLength(0);
    }

    private static String firstLine(Paragraph p) {
      StringBuilder line = new StringBuilder();
      for (Node n = p.getFirstChild();
          n != null && !(n instanceof SoftLineBreak);
          n = n.getNext()) {
        inline(n, line);
      }
      return line.toString();
    }

    /** A heading's text (an environment line as a heading says nothing). */
    private static String inline(Node container) {
      StringBuilder out = new StringBuilder();
      for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
        inline(n, out);
      }
      String lower = lower(out.toString());
      return ENV_MARKERS.stream().anyMatch(lower::contains) ? "" : clean(out.toString());
    }

    /**
     * Plain text of an inline node: text as written, code in backticks, link texts, no images or
     * HTML.
     */
    private static void inline(Node n, StringBuilder out) {
      if (n instanceof Text t) {
        out.append(t.getLiteral());
      } else if (n instanceof Code c) {
        out.append('`').append(c.getLiteral()).append('`'); // a reader sees code as code
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        out.append(' ');
      } else if (n instanceof Image || n instanceof HtmlInline) {
        out.append(' ');
      } else {
        for (Node child = n.getFirstChild(); child != null; child = child.getNext()) {
          inline(child, out);
        }
      }
    }

    private static String clean(String text) {
      String t = text.indexOf("http") >= 0 ? URL.matcher(text).replaceAll(" ") : text;
      t = t.indexOf('|') >= 0 ? t.replace('|', ' ') : t;
      return SPACE.matcher(t).replaceAll(" ").strip();
    }
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
