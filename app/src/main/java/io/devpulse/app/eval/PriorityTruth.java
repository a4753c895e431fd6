package io.devpulse.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.model.Priority;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Labelled priority truth for a {@link PriorityEvaluation}: per item number, its priority and
 * whether its two labellers disagreed. Read from JSON Lines, one row per item, as {@code
 * vllm-priority-dev.jsonl}:
 *
 * <pre>{@code
 * {"number": 5176, "title": "[Usage]: Prefix caching in VLLM", "priority": "low", "ambiguous": false}
 * }</pre>
 *
 * <p>{@code priority} is required (critical, high, normal or low); {@code ambiguous} is optional
 * (false when absent); an ambiguous row is left out of every score, and counted. Other fields are
 * ignored. Blank lines are skipped; bad rows are rejected with {@code file:line: field 'x':
 * problem}. Read with Jackson.
 */
public final class PriorityTruth {
  /**
   * One labelled item.
   *
   * @param ambiguous the labellers disagreed (then {@code priority} is the lower of their levels)
   * @param line the row's line in its source (0 when built in code)
   */
  public record Row(int number, Priority priority, boolean ambiguous, int line) {
    public Row {
      if (number <= 0) {
        throw new IllegalArgumentException("number (" + number + ") must be positive");
      }
      Objects.requireNonNull(priority, "priority");
    }
  }

  private final String source;
  private final Map<Integer, Row> rows;

  private PriorityTruth(String source, Map<Integer, Row> rows) {
    this.source = source;
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** Reads {@code file} (UTF-8 JSON Lines). */
  public static PriorityTruth read(Path file) {
    return new PriorityTruth(
        file.toString(),
        TruthLines.read(file, (line, number, row) -> row(file.toString(), line, number, row)));
  }

  /** Parses JSON Lines {@code text}; {@code source} names it in messages. */
  public static PriorityTruth parse(String source, String text) {
    try {
      return parse(source, new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses JSON Lines from {@code in}; {@code source} names it in messages ({@code source:line:
   * ...}).
   */
  public static PriorityTruth parse(String source, Reader in) throws IOException {
    return new PriorityTruth(
        source,
        TruthLines.parse(source, in, (line, number, row) -> row(source, line, number, row)));
  }

  /** Truth from rows built in code. */
  public static PriorityTruth of(String source, List<Row> rows) {
    Map<Integer, Row> byNumber = new LinkedHashMap<>();
    for (Row row : rows) {
      if (byNumber.putIfAbsent(row.number(), row) != null) {
        throw new IllegalArgumentException("item " + row.number() + " is in the truth twice");
      }
    }
    return new PriorityTruth(source, byNumber);
  }

  private static Row row(String source, int line, int number, JsonNode parsed) {
    JsonNode priority = parsed.get("priority");
    if (priority == null || !priority.isTextual()) {
      throw TruthLines.bad(
          source,
          line,
          "priority",
          "expected one of critical, high, normal, low, found "
              + (priority == null ? "nothing" : TruthLines.shown(priority)));
    }
    Priority p;
    try {
      p = Priority.parse(priority.textValue());
    } catch (IllegalArgumentException e) {
      throw TruthLines.bad(
          source,
          line,
          "priority",
          "expected one of critical, high, normal, low, found "
              + (priority == null ? "nothing" : TruthLines.shown(priority)));
    }
    JsonNode ambiguous = parsed.get("ambiguous");
    if (ambiguous != null && !ambiguous.isBoolean() && !ambiguous.isNull()) {
      throw TruthLines.bad(
          source,
          line,
          "ambiguous",
          "expected true or false, found " + TruthLines.shown(ambiguous));
    }
    return new Row(number, p, ambiguous != null && ambiguous.asBoolean(), line);
  }

  /**
   * Whether the first row of {@code file} is a priority row (has {@code priority}, no {@code
   * topics}).
   */
  public static boolean looksLikePriorityTruth(Path file) {
    return TruthLines.firstRow(file)
        .map(first -> first.isObject() && first.has("priority") && !first.has("topics"))
        .orElse(false);
  }

  public String source() {
    return source;
  }

  /** The rows in file order. */
  public List<Row> rows() {
    return List.copyOf(rows.values());
  }

  public int size() {
    return rows.size();
  }

  /** The rows whose number passes {@code keep} (e.g. one of the {@link Halves}). */
  public PriorityTruth filter(IntPredicate keep) {
    Map<Integer, Row> out = new LinkedHashMap<>();
    rows.forEach(
        (n, r) -> {
          if (keep.test(n)) {
            out.put(n, r);
          }
        });
    return new PriorityTruth(source, out);
  }
}
