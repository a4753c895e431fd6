package io.devpulse.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.devpulse.app.DiffRules;
import io.devpulse.cli.common.Messages;
import io.devpulse.model.Evidence;
import java.util.List;
import java.util.Locale;

/** {@code rules diff} output: a terminal table, Markdown (for a pull request comment) or JSON. */
public final class RulesDiffView {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int TITLE_WIDTH = 72;

  private RulesDiffView() {}

  public static String json(DiffRules.Result r) {
    try {
      return JSON.writeValueAsString(r) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String table(DiffRules.Result r) {
    StringBuilder out = new StringBuilder(headline(r)).append('\n');
    if (r.nothingChanges()) {
      return out.toString();
    }
    for (var section : List.of(r.topics(), r.priorities())) {
      if (section.isEmpty()) {
        continue;
      }
      TextTable t = new TextTable(columns(section == r.topics()), 40);
      for (DiffRules.Delta d : section) {
        t.add(
            List.of(
                d.name(),
                Long.toString(d.before()),
                Long.toString(d.after()),
                "+" + d.gained(),
                "-" + d.lost()));
      }
      out.append('\n').append(t.render());
    }
    allExamples(out, r, false);
    return out.toString();
  }

  public static String markdown(DiffRules.Result r) {
    StringBuilder out = new StringBuilder("**").append(Markdown.text(headline(r))).append("**\n");
    if (r.nothingChanges()) {
      return out.toString();
    }
    for (var section : List.of(r.topics(), r.priorities())) {
      if (section.isEmpty()) {
        continue;
      }
      out.append("\n| ")
          .append(String.join(" | ", columns(section == r.topics())))
          .append(" |\n|---|---:|---:|---:|---:|\n");
      for (DiffRules.Delta d : section) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | +%d | -%d |%n",
                Markdown.text(d.name()),
                d.before(),
                d.after(),
                d.gained(),
                d.lost()));
      }
    }
    allExamples(out, r, true);
    return out.toString();
  }

  /** The headings of a section's table, the same in both formats. */
  private static List<String> columns(boolean topics) {
    return List.of(
        Messages.get(topics ? "rules.diff.topic" : "rules.diff.priority"),
        Messages.get("rules.diff.now"),
        Messages.get("rules.diff.then"),
        Messages.get("rules.diff.gained"),
        Messages.get("rules.diff.lost"));
  }

  /** The examples of every gain and loss, then of the evidence-only changes. */
  private static void allExamples(StringBuilder out, DiffRules.Result r, boolean markdown) {
    for (var section : List.of(r.topics(), r.priorities())) {
      for (DiffRules.Delta d : section) {
        examples(
            out,
            Messages.get("rules.diff.gains", d.name(), d.gained()),
            d.gainedExamples(),
            "+",
            markdown);
        examples(
            out,
            Messages.get("rules.diff.loses", d.name(), d.lost()),
            d.lostExamples(),
            "-",
            markdown);
      }
    }
    examples(
        out,
        Messages.get("rules.diff.evidenceOnly", r.evidenceOnlyCount()),
        r.evidenceOnly(),
        "~",
        markdown);
  }

  private static String headline(DiffRules.Result r) {
    return r.nothingChanges()
        ? Messages.get("rules.diff.nothing", r.packOrigin(), r.items(), r.classified())
        : Messages.get(
            "rules.diff.changes", r.packOrigin(), r.items(), r.classified(), r.changed());
  }

  private static void examples(
      StringBuilder out,
      String heading,
      List<DiffRules.Example> examples,
      String sign,
      boolean markdown) {
    if (examples.isEmpty()) {
      return;
    }
    out.append('\n').append(markdown ? "**" + Markdown.text(heading) + "**" : heading).append('\n');
    for (DiffRules.Example e : examples) {
      String title =
          e.title().length() > TITLE_WIDTH
              ? e.title().substring(0, TITLE_WIDTH - 1) + "…"
              : e.title();
      if (markdown) {
        out.append("- ")
            .append(sign)
            .append(" #")
            .append(e.number())
            .append(' ')
            .append(Markdown.text(title))
            .append('\n');
        for (Evidence ev : e.evidence()) {
          out.append("  - ").append(Markdown.text(ev.rule() + ": " + ev.text())).append('\n');
        }
      } else {
        out.append("  ")
            .append(sign)
            .append(" #")
            .append(e.number())
            .append(' ')
            .append(TerminalText.safe(title))
            .append('\n');
        for (Evidence ev : e.evidence()) {
          out.append("      ").append(TerminalText.safe(ev.rule() + ": " + ev.text())).append('\n');
        }
      }
    }
  }

  /** Markdown-safe text: the characters that would start markup escaped. */
  static final class Markdown {
    private Markdown() {}

    static String text(String s) {
      StringBuilder out = new StringBuilder(s.length() + 8);
      for (char c : s.toCharArray()) {
        if ("\\`*_[]<>|#".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c == '\n' || c == '\r' ? ' ' : c);
      }
      return out.toString();
    }
  }
}
