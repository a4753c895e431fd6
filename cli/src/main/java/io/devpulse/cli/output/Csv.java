package io.devpulse.cli.output;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 rows: a field with a comma, quote or line break is quoted, quotes doubled. A field a
 * spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return: a
 * title such as {@code =HYPERLINK(...)}) gets a leading {@code '}, so it stays text (OWASP's
 * CSV-injection advice).
 */
public final class Csv {
  private Csv() {}

  public static String row(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(","));
  }

  public static String field(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
