package io.devpulse.rules.internal;

import io.devpulse.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses a term file. Each non-blank line that does not start with {@code #} is {@code kind: value,
 * value, ...}; {@code regex:} takes the rest of the line as one RE2 regular expression (RE2/J:
 * linear time). Errors are collected with 1-based line and column, so a bad term file is reported
 * like a bad DRL file.
 */
public final class TermFileParser {
  private static final Pattern LIST_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private TermFileParser() {}

  /** Parses {@code text} of pack file {@code file}; problems are added to {@code problems}. */
  public static TermList parse(
      String file, String text, boolean topic, List<RuleProblem> problems) {
    String base = file.substring(file.lastIndexOf('/') + 1);
    String name = base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
    if (!LIST_NAME.matcher(name).matches()) {
      problems.add(
          new RuleProblem(
              file,
              0,
              0,
              "term list name (" + name + ") must be lower-case letters, digits, '.', '_' or '-'"));
    }
    List<TermList.Entry> entries = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int ln = 0; ln < lines.length; ln++) {
      parseLine(file, ln + 1, lines[ln], entries, problems);
    }
    return new TermList(name, file, topic, entries);
  }

  private static void parseLine(
      String file, int line, String raw, List<TermList.Entry> out, List<RuleProblem> problems) {
    String stripped = raw.strip();
    if (stripped.isEmpty() || stripped.startsWith("#")) {
      return;
    }
    int indent = raw.indexOf(stripped.charAt(0));
    int colon = raw.indexOf(':');
    if (colon < 0) {
      problems.add(
          new RuleProblem(
              file,
              line,
              indent + 1,
              "expected 'kind: terms' (kinds: " + kinds() + "), found '" + stripped + "'"));
      return;
    }
    String keyword = raw.substring(indent, colon).strip().toLowerCase(Locale.ROOT);
    TermList.Kind kind = null;
    for (TermList.Kind k : TermList.Kind.values()) {
      if (k.keyword().equals(keyword)) {
        kind = k;
      }
    }
    if (kind == null) {
      problems.add(
          new RuleProblem(
              file, line, indent + 1, "unknown kind '" + keyword + "' (kinds: " + kinds() + ")"));
      return;
    }
    if (kind == TermList.Kind.REGEX) {
      String value = raw.substring(colon + 1);
      int col = colon + 1 + (value.length() - value.stripLeading().length());
      value = value.strip();
      if (value.isEmpty()) {
        problems.add(new RuleProblem(file, line, col + 1, "regex: needs a pattern"));
        return;
      }
      try {
        // RE2/J: matching takes time linear in the word (no backtracking), so no pattern can hang a
        // run;
        // back-references and look-arounds, which need backtracking, are refused here.
        com.google.re2j.Pattern.compile(value, com.google.re2j.Pattern.CASE_INSENSITIVE);
        out.add(new TermList.Entry(kind, value, List.of(), line, col + 1));
      } catch (com.google.re2j.PatternSyntaxException e) {
        int at = e.getIndex() < 0 ? 0 : e.getIndex();
        problems.add(new RuleProblem(file, line, col + 1 + at, "bad regex: " + e.getDescription()));
      }
      return;
    }
    int pos = colon + 1;
    for (String part : raw.substring(colon + 1).split(",", -1)) {
      int lead = part.length() - part.stripLeading().length();
      int col = pos + lead + 1;
      pos += part.length() + 1;
      String value = part.strip();
      if (value.isEmpty()) {
        problems.add(
            new RuleProblem(file, line, col, "empty term in " + kind.keyword() + ": list"));
        continue;
      }
      String lower = value.toLowerCase(Locale.ROOT);
      List<String> tokens = List.of();
      switch (kind) {
        case TAG, WORD, PHRASE -> {
          tokens = Tokens.words(lower);
          if (tokens.isEmpty()) {
            problems.add(
                new RuleProblem(
                    file,
                    line,
                    col,
                    kind.keyword() + " '" + value + "' has no letters or digits to match"));
            continue;
          }
        }
        default -> {}
      }
      out.add(new TermList.Entry(kind, lower, tokens, line, col));
    }
  }

  private static String kinds() {
    StringBuilder sb = new StringBuilder();
    for (TermList.Kind k : TermList.Kind.values()) {
      sb.append(sb.isEmpty() ? "" : ", ").append(k.keyword());
    }
    return sb.toString();
  }
}
