package io.devpulse.rules.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader for one JSON Lines row (the rules module has no JSON library at run time):
 * objects become {@code Map<String, Object>} (insertion order; a repeated key is an error), arrays {@code
 * List<Object>}, strings {@code String}, numbers {@code BigDecimal}, {@code true}/{@code false} {@code
 * Boolean} and {@code null} {@link #NULL}.
 */
final class JsonLine {
  /** JSON {@code null} (maps cannot hold Java null, and absent and null are different). */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  /** A syntax error at {@code column} (1-based). */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    final int column;

    SyntaxException(String message, int column) {
      super(message + " at column " + column);
      this.column = column;
    }
  }

  private static final int MAX_DEPTH = 64;

  private final String s;
  private int i;

  private JsonLine(String s) {
    this.s = s;
  }

  /** The one JSON value on {@code line} (surrounding white space allowed, nothing else). */
  static Object parse(String line) throws SyntaxException {
    JsonLine p = new JsonLine(line);
    p.space();
    Object v = p.value(0);
    p.space();
    if (p.i < line.length()) {
      throw p.error("unexpected '" + line.charAt(p.i) + "' after the value");
    }
    return v;
  }

  private Object value(int depth) throws SyntaxException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    if (i >= s.length()) {
      throw error("unexpected end of line");
    }
    char c = s.charAt(i);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", NULL);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected '" + c + "'");
      }
    };
  }

  private Map<String, Object> object(int depth) throws SyntaxException {
    Map<String, Object> out = new LinkedHashMap<>();
    i++;
    space();
    if (peek('}')) {
      i++;
      return out;
    }
    while (true) {
      space();
      if (!peek('"')) {
        throw error("expected a string key");
      }
      int at = i;
      String key = string();
      space();
      expect(':');
      space();
      Object v = value(depth + 1);
      if (out.putIfAbsent(key, v) != null) {
        i = at;
        throw error("duplicate key \"" + key + "\"");
      }
      space();
      if (peek(',')) {
        i++;
      } else if (peek('}')) {
        i++;
        return out;
      } else {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) throws SyntaxException {
    List<Object> out = new ArrayList<>();
    i++;
    space();
    if (peek(']')) {
      i++;
      return Collections.unmodifiableList(out);
    }
    while (true) {
      space();
      out.add(value(depth + 1));
      space();
      if (peek(',')) {
        i++;
      } else if (peek(']')) {
        i++;
        return Collections.unmodifiableList(out);
      } else {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() throws SyntaxException {
    i++;
    StringBuilder sb = new StringBuilder();
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        i--;
        throw error("control character in a string");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (i >= s.length()) {
        break;
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw error("incomplete \\u escape");
          }
          int cp = 0;
          for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(i + k), 16);
            if (d < 0) {
              throw error("bad \\u escape");
            }
            cp = cp * 16 + d;
          }
          i += 4;
          sb.append((char) cp);
        }
        default -> {
          i -= 2;
          throw error("bad escape '\\" + e + "'");
        }
      }
    }
    throw error("unterminated string");
  }

  private BigDecimal number() throws SyntaxException {
    int start = i;
    if (peek('-')) {
      i++;
    }
    if (peek('0')) {
      i++;
    } else if (!digits()) {
      throw error("bad number");
    }
    if (peek('.')) {
      i++;
      if (!digits()) {
        throw error("bad number");
      }
    }
    if (peek('e') || peek('E')) {
      i++;
      if (peek('+') || peek('-')) {
        i++;
      }
      if (!digits()) {
        throw error("bad number");
      }
    }
    try {
      return new BigDecimal(s.substring(start, i));
    } catch (NumberFormatException e) {
      i = start;
      throw error("bad number");
    }
  }

  private boolean digits() {
    int start = i;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i > start;
  }

  private Object literal(String word, Object v) throws SyntaxException {
    if (!s.startsWith(word, i)) {
      throw error("unexpected '" + s.charAt(i) + "'");
    }
    i += word.length();
    return v;
  }

  private void expect(char c) throws SyntaxException {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    i++;
  }

  private boolean peek(char c) {
    return i < s.length() && s.charAt(i) == c;
  }

  private void space() {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r'
        || s.charAt(i) == '\n')) {
      i++;
    }
  }

  private SyntaxException error(String message) {
    return new SyntaxException(message, Math.min(i, s.length()) + 1);
  }
}
