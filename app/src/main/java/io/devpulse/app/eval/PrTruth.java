package io.devpulse.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Labelled pull-request truth for a {@link PrEvaluation}, as {@code vllm-pr-dev.jsonl} (guide
 * {@code PR-GUIDE.md}): per pull request its topics, its primary topic ({@code other} when its main
 * point is none of the topics), whether it claims a measured speed-up and whether it is a
 * compatibility risk. Read from JSON Lines, one row per item:
 *
 * <pre>{@code
 * {"number": 6677, "topics": ["low-precision", "performance"], "primary": "performance",
 *  "speedup_claim": true, "compat_risk": false, "ambiguous": ["compat_risk"]}
 * }</pre>
 *
 * <p>{@code topics} and {@code primary} are required, {@code speedup_claim} and {@code compat_risk}
 * booleans (false when absent); {@code ambiguous} lists the fields (or topics) the labellers
 * disagreed on, left out of that field's score for that row. Other fields are ignored. Bad rows are
 * rejected with {@code file:line: field 'x': problem}.
 */
public final class PrTruth {
  /** The value of {@code primary} for a pull request about none of the topics. */
  public static final String OTHER = "other";

  /** The fields {@code ambiguous} may name besides topics. */
  public static final Set<String> FIELDS =
      Set.of("topics", "primary", "speedup_claim", "compat_risk");

  /**
   * One labelled pull request.
   *
   * @param primary a topic of {@code topics}, or {@link #OTHER}
   * @param ambiguous fields and topics left out of their scores for this row
   * @param line the row's line in its source (0 when built in code)
   */
  public record Row(
      int number,
      Set<String> topics,
      String primary,
      boolean speedupClaim,
      boolean compatRisk,
      Set<String> ambiguous,
      int line) {
    public Row {
      if (number <= 0) {
        throw new IllegalArgumentException("number (" + number + ") must be positive");
      }
      topics = Collections.unmodifiableSet(new TreeSet<>(topics));
      ambiguous = Collections.unmodifiableSet(new TreeSet<>(ambiguous));
    }

    /** Whether this row counts for {@code field} ({@code primary}, a topic, ...). */
    public boolean scores(String field) {
      return !ambiguous.contains(field);
    }
  }

  private final String source;
  private final Map<Integer, Row> rows;

  private PrTruth(String source, Map<Integer, Row> rows) {
    this.source = source;
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** Reads {@code file} (UTF-8 JSON Lines). */
  public static PrTruth read(Path file) {
    return new PrTruth(
        file.toString(),
        TruthLines.read(file, (line, number, row) -> row(file.toString(), line, number, row)));
  }

  /** Parses JSON Lines {@code text}; {@code source} names it in messages. */
  public static PrTruth parse(String source, String text) {
    try {
      return parse(source, new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PrTruth parse(String source, Reader in) throws IOException {
    return new PrTruth(
        source,
        TruthLines.parse(source, in, (line, number, row) -> row(source, line, number, row)));
  }

  /**
   * Whether the first row of {@code file} is a pull-request row: it has {@code primary} or {@code
   * speedup_claim}.
   */
  public static boolean looksLikePrTruth(Path file) {
    return TruthLines.firstRow(file)
        .map(first -> first.isObject() && (first.has("primary") || first.has("speedup_claim")))
        .orElse(false);
  }

  private static Row row(String source, int line, int number, JsonNode parsed) {
    Set<String> topics = names(source, line, parsed, "topics", true);
    JsonNode primary = parsed.get("primary");
    if (primary == null || !primary.isTextual() || primary.textValue().isBlank()) {
      throw TruthLines.bad(
          source,
          line,
          "primary",
          "expected a topic or \"other\", found "
              + (primary == null ? "nothing" : TruthLines.shown(primary)));
    }
    String p = primary.textValue();
    if (!p.equals(OTHER) && !topics.contains(p)) {
      throw TruthLines.bad(
          source, line, "primary", "'" + p + "' is not one of the row's topics " + topics);
    }
    return new Row(
        number,
        topics,
        p,
        flag(source, line, parsed, "speedup_claim"),
        flag(source, line, parsed, "compat_risk"),
        names(source, line, parsed, "ambiguous", false),
        line);
  }

  private static boolean flag(String source, int line, JsonNode row, String field) {
    JsonNode v = row.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw TruthLines.bad(
          source, line, field, "expected true or false, found " + TruthLines.shown(v));
    }
    return v.booleanValue();
  }

  private static Set<String> names(
      String source, int line, JsonNode row, String field, boolean required) {
    JsonNode v = row.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw TruthLines.bad(source, line, field, "missing (expected an array of names)");
      }
      return Set.of();
    }
    if (!v.isArray()) {
      throw TruthLines.bad(
          source, line, field, "expected an array of names, found " + TruthLines.shown(v));
    }
    Set<String> out = new TreeSet<>();
    for (JsonNode t : v) {
      if (!t.isTextual() || t.textValue().isBlank()) {
        throw TruthLines.bad(
            source,
            line,
            field,
            "expected an array of names, found an element " + TruthLines.shown(t));
      }
      out.add(t.textValue());
    }
    return out;
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

  /** Every topic a row names in {@code topics}, or in {@code ambiguous} that is not a field. */
  public Set<String> topics() {
    Set<String> out = new TreeSet<>();
    for (Row r : rows.values()) {
      out.addAll(r.topics());
      for (String a : r.ambiguous()) {
        if (!FIELDS.contains(a)) {
          out.add(a);
        }
      }
    }
    return out;
  }

  /** The topic part as a {@link SubjectTruth} (ambiguous topics kept, ambiguous fields dropped). */
  public SubjectTruth subjects() {
    List<SubjectTruth.Row> out = new java.util.ArrayList<>();
    for (Row r : rows.values()) {
      Set<String> amb = new TreeSet<>(r.ambiguous());
      amb.removeAll(FIELDS);
      if (r.ambiguous().contains("topics")) {
        amb.addAll(topics());
      }
      out.add(new SubjectTruth.Row(r.number(), r.topics(), amb, r.line()));
    }
    return SubjectTruth.of(source, out);
  }

  /** The rows whose number passes {@code keep} (e.g. one of the {@link Halves}). */
  public PrTruth filter(IntPredicate keep) {
    Map<Integer, Row> out = new LinkedHashMap<>();
    rows.forEach(
        (n, r) -> {
          if (keep.test(n)) {
            out.put(n, r);
          }
        });
    return new PrTruth(source, out);
  }
}
