package io.devpulse.index.internal;

/**
 * Escapes what users type inside a term but the classic query syntax reads as an operator: a {@code
 * /} in the middle of a term ({@code repo:vllm-project/vllm} — at a term's start it still opens a
 * regular expression) and a {@code :} after the field's own ({@code created:2025-12-10T08:00:00Z}).
 * Quoted phrases, ranges and regular expressions pass through untouched. Keeps a map back to the
 * user's columns so error positions point into what they typed.
 */
final class QueryText {
  private final String text;
  private final int[] originalIndex;

  private QueryText(String text, int[] originalIndex) {
    this.text = text;
    this.originalIndex = originalIndex;
  }

  static QueryText of(String query) {
    StringBuilder out = new StringBuilder(query.length() + 8);
    int[] map = new int[query.length() * 2 + 1];
    boolean inQuote = false, inRegex = false, termStart = true, colonSeen = false;
    int rangeDepth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        map[out.length()] = i;
        out.append(c);
        map[out.length()] = i + 1;
        out.append(query.charAt(++i));
        termStart = false;
        continue;
      }
      boolean escape = false;
      if (inQuote) {
        inQuote = c != '"';
      } else if (inRegex) {
        inRegex = c != '/';
      } else if (rangeDepth > 0) {
        if (c == ']' || c == '}') {
          rangeDepth--;
        }
      } else if (c == '"') {
        inQuote = true;
      } else if (c == '[' || c == '{') {
        rangeDepth++;
      } else if (c == '/') {
        inRegex = termStart;
        escape = !termStart;
      } else if (c == ':' && !colonSeen) {
        // The field's own colon: what follows starts the value, which may be a /regex/.
        colonSeen = true;
        map[out.length()] = i;
        out.append(c);
        termStart = true;
        continue;
      } else if (c == ':') {
        escape = true;
      }
      if (Character.isWhitespace(c) || c == '(' || c == ')') {
        termStart = true;
        colonSeen = false;
      } else if (!(termStart && (c == '+' || c == '-' || c == '!'))) {
        termStart = false;
      }
      if (escape) {
        map[out.length()] = i;
        out.append('\\');
      }
      map[out.length()] = i;
      out.append(c);
    }
    map[out.length()] = query.length();
    return new QueryText(out.toString(), map);
  }

  /** The text to hand to the parser. */
  String text() {
    return text;
  }

  /** The user's 1-based column for a 1-based column of {@link #text()}. */
  int originalColumn(int column) {
    int index = Math.max(0, Math.min(column - 1, text.length()));
    return originalIndex[index] + 1;
  }
}
