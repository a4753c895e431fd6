package io.devpulse.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Labelled truth for an {@link Evaluation}: per item number, the topics it is about and the topics
 * its labellers disagreed on. Read from JSON Lines, one row per item:
 *
 * <pre>{@code
 * {"number": 30387, "topics": ["low-precision"], "ambiguous": ["performance"]}
 * }</pre>
 *
 * <p>{@code topics} is required (an array of topic names, possibly empty); {@code ambiguous} is
 * optional (none when absent). A topic listed in {@code ambiguous} is left out of that row's score
 * for that topic: predicting it or not is neither a true positive, a false positive nor a false
 * negative. Other fields ({@code title}, {@code author}, ...) are ignored, so {@code
 * vllm-subject-dev.jsonl} reads as it is. Blank lines are skipped. Bad rows are rejected with
 * {@code file:line: field 'x': problem}. Read with Jackson.
 */
public final class SubjectTruth {
  /**
   * One labelled item.
   *
   * @param number the item (issue or pull request) number
   * @param topics the topics the item is about (sorted)
   * @param ambiguous the topics not scored for this item (sorted)
   * @param line the row's line in its source (0 when built in code)
   */
  public record Row(int number, Set<String> topics, Set<String> ambiguous, int line) {
    public Row {
      if (number <= 0) {
        throw new IllegalArgumentException("number (" + number + ") must be positive");
      }
      topics = Collections.unmodifiableSet(new TreeSet<>(topics));
      ambiguous = Collections.unmodifiableSet(new TreeSet<>(ambiguous));
    }

    /** Whether this row counts for {@code topic}'s score (the topic is not ambiguous here). */
    public boolean scores(String topic) {
      return !ambiguous.contains(topic);
    }

    /** Whether the item is about {@code topic} and counts for it. */
    public boolean isAbout(String topic) {
      return topics.contains(topic) && scores(topic);
    }
  }

  private final String source;
  private final Map<Integer, Row> rows;

  private SubjectTruth(String source, Map<Integer, Row> rows) {
    this.source = source;
    this.rows = Collections.unmodifiableMap(rows);
  }

  /** Reads {@code file} (UTF-8 JSON Lines). */
  public static SubjectTruth read(Path file) {
    return read(file, false);
  }

  /**
   * Reads {@code file}; with {@code fromTitleTags} each row's topics are instead the tags of its
   * {@code title} ({@link TitleTags#truthTopics}), as in the vLLM merged-PR list.
   */
  public static SubjectTruth read(Path file, boolean fromTitleTags) {
    return new SubjectTruth(
        file.toString(),
        TruthLines.read(
            file, (line, number, row) -> row(file.toString(), line, number, row, fromTitleTags)));
  }

  /** Parses JSON Lines {@code text}; {@code source} names it in messages. */
  public static SubjectTruth parse(String source, String text) {
    try {
      return parse(source, new StringReader(text), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses JSON Lines from {@code in}; {@code source} names it in messages ({@code source:line:
   * ...}).
   */
  public static SubjectTruth parse(String source, Reader in) throws IOException {
    return parse(source, in, false);
  }

  private static SubjectTruth parse(String source, Reader in, boolean fromTitleTags)
      throws IOException {
    return new SubjectTruth(
        source,
        TruthLines.parse(
            source, in, (line, number, row) -> row(source, line, number, row, fromTitleTags)));
  }

  /** Truth without ambiguity from number → topics (e.g. an existing truth map). */
  public static SubjectTruth of(Map<Integer, ? extends Collection<String>> topicsByNumber) {
    Map<Integer, Row> rows = new LinkedHashMap<>();
    topicsByNumber.forEach((n, ts) -> rows.put(n, new Row(n, Set.copyOf(ts), Set.of(), 0)));
    return new SubjectTruth("(truth)", rows);
  }

  /** Truth from rows built in code. */
  public static SubjectTruth of(String source, Collection<Row> rows) {
    Map<Integer, Row> byNumber = new LinkedHashMap<>();
    for (Row row : rows) {
      if (byNumber.putIfAbsent(row.number(), row) != null) {
        throw new IllegalArgumentException("item " + row.number() + " is in the truth twice");
      }
    }
    return new SubjectTruth(source, byNumber);
  }

  private static Row row(
      String source, int line, int number, JsonNode parsed, boolean fromTitleTags) {
    if (fromTitleTags) {
      JsonNode title = parsed.get("title");
      if (title == null || !title.isTextual()) {
        throw TruthLines.bad(source, line, "title", "expected a string");
      }
      return new Row(number, TitleTags.truthTopics(title.textValue()), Set.of(), line);
    }
    Set<String> topics = topics(source, line, parsed, "topics", true);
    Set<String> ambiguous = topics(source, line, parsed, "ambiguous", false);
    return new Row(number, topics, ambiguous, line);
  }

  private static Set<String> topics(
      String source, int line, JsonNode row, String field, boolean required) {
    JsonNode v = row.get(field);
    if (v == null || (v.isNull() && !required)) {
      if (required) {
        throw TruthLines.bad(source, line, field, "missing (expected an array of topic names)");
      }
      return Set.of();
    }
    if (!v.isArray()) {
      throw TruthLines.bad(
          source, line, field, "expected an array of topic names, found " + TruthLines.shown(v));
    }
    Set<String> out = new TreeSet<>();
    for (JsonNode t : v) {
      if (!t.isTextual()) {
        throw TruthLines.bad(
            source,
            line,
            field,
            "expected an array of topic names, found an element " + TruthLines.shown(t));
      }
      String s = t.textValue();
      if (s.isBlank() || !s.equals(s.strip())) {
        throw TruthLines.bad(
            source, line, field, "topic name \"" + s + "\" is blank or has surrounding spaces");
      }
      if (!out.add(s)) {
        throw TruthLines.bad(source, line, field, "topic '" + s + "' is listed twice");
      }
    }
    return out;
  }

  /** Where the rows came from (the file name given to {@link #read} or {@link #parse}). */
  public String source() {
    return source;
  }

  /** The rows in file order. */
  public List<Row> rows() {
    return List.copyOf(rows.values());
  }

  /** Item number → row, in file order (unmodifiable). */
  public Map<Integer, Row> byNumber() {
    return rows;
  }

  public int size() {
    return rows.size();
  }

  /** The row of item {@code number}, or null. */
  public Row row(int number) {
    return rows.get(number);
  }

  /** Every topic named in a row ({@code topics} or {@code ambiguous}), sorted. */
  public Set<String> topics() {
    Set<String> out = new TreeSet<>();
    for (Row r : rows.values()) {
      out.addAll(r.topics());
      out.addAll(r.ambiguous());
    }
    return out;
  }

  /** Number → topics (ambiguous ones not included), in file order. */
  public Map<Integer, Set<String>> topicsByNumber() {
    Map<Integer, Set<String>> out = new LinkedHashMap<>();
    rows.forEach((n, r) -> out.put(n, r.topics()));
    return out;
  }

  /** The rows whose number passes {@code keep} (e.g. one half of a cross-validation split). */
  public SubjectTruth filter(IntPredicate keep) {
    Map<Integer, Row> out = new LinkedHashMap<>();
    rows.forEach(
        (n, r) -> {
          if (keep.test(n)) {
            out.put(n, r);
          }
        });
    return new SubjectTruth(source, out);
  }

  /**
   * Checks every topic named in a row against {@code known} (e.g. the rule pack's topics), so a
   * typo in the truth does not silently score as a topic nobody predicts.
   *
   * @throws UserErrorException {@code file:line: field 'topics': unknown topic 'x' (known: a, b,
   *     ...)} for the first row naming an unknown topic
   */
  public void requireKnownTopics(Collection<String> known) {
    for (Row r : rows.values()) {
      for (String field : List.of("topics", "ambiguous")) {
        for (String t : field.equals("topics") ? r.topics() : r.ambiguous()) {
          if (!known.contains(t)) {
            throw TruthLines.bad(
                source,
                r.line(),
                field,
                "unknown topic '"
                    + t
                    + "' (known: "
                    + String.join(", ", new TreeSet<>(known))
                    + ")");
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return "SubjectTruth[" + source + ", " + rows.size() + " rows]";
  }
}
