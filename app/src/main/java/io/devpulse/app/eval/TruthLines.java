package io.devpulse.app.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.UserErrorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of a truth file, read alike for every kind of truth (subjects, priorities): UTF-8 JSON
 * Lines, a byte-order mark and blank lines skipped, each line one JSON object with a positive
 * {@code number} given once; anything else is a one-line error naming {@code source:line}. What a
 * row holds besides its number is the caller's {@link RowReader}.
 */
final class TruthLines {
  // Numbers as BigDecimal so that 1.5 and 99999999999 are shown as written, not rounded.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  // Jackson names where an open array or object began as "(for Array starting at [Source: ...;
  // line: 1, column: 25])": the column that follows says where, without the noise.
  private static final Pattern SOURCE_NOTE =
      Pattern.compile(" \\(for \\w+ starting at \\[Source: .*$");

  /** Makes a row of one line's object, whose number is checked already. */
  interface RowReader<R> {
    R read(int line, int number, JsonNode row);
  }

  private TruthLines() {}

  /** The rows of {@code file} by item number, in file order. */
  static <R> Map<Integer, R> read(Path file, RowReader<R> rows) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.toString(), in, rows);
    } catch (CharacterCodingException e) {
      throw new UserErrorException(file + ": not UTF-8 text", e);
    } catch (IOException e) {
      throw new UserErrorException("cannot read truth file " + file + ": " + e.getMessage(), e);
    }
  }

  /** The rows of JSON Lines from {@code in} by item number; {@code source} names it in errors. */
  static <R> Map<Integer, R> parse(String source, Reader in, RowReader<R> rows) throws IOException {
    Objects.requireNonNull(source, "source");
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    Map<Integer, R> byNumber = new LinkedHashMap<>();
    Map<Integer, Integer> lineOf = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      JsonNode row = object(source, lineNo, line);
      int number = number(source, lineNo, row);
      Integer earlier = lineOf.putIfAbsent(number, lineNo);
      if (earlier != null) {
        throw bad(source, lineNo, "number", "item " + number + " is already on line " + earlier);
      }
      byNumber.put(number, rows.read(lineNo, number, row));
    }
    return byNumber;
  }

  /**
   * The first row of {@code file} as JSON, to tell which kind of truth it holds; empty when the
   * file has none, cannot be read or does not start with JSON (the reader proper names the
   * problem).
   */
  static Optional<JsonNode> firstRow(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          return Optional.of(JSON.readTree(line.startsWith("\uFEFF") ? line.substring(1) : line));
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static JsonNode object(String source, int line, String text) {
    JsonNode parsed;
    try {
      parsed = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new UserErrorException(
          source
              + ":"
              + line
              + ": malformed JSON: "
              + SOURCE_NOTE
                  .matcher(e.getOriginalMessage().lines().findFirst().orElse(""))
                  .replaceAll("")
              + (at == null ? "" : " at column " + at.getColumnNr()),
          e);
    }
    if (!parsed.isObject()) {
      throw new UserErrorException(
          source + ":" + line + ": expected a JSON object, found " + shown(parsed));
    }
    return parsed;
  }

  private static int number(String source, int line, JsonNode row) {
    JsonNode number = row.get("number");
    if (number == null) {
      throw bad(source, line, "number", "missing (expected a positive integer)");
    }
    if (!number.isIntegralNumber() || !number.canConvertToInt() || number.intValue() <= 0) {
      throw bad(source, line, "number", "expected a positive integer, found " + shown(number));
    }
    return number.intValue();
  }

  /** A bad field of a row: {@code source:line: field 'x': problem}. */
  static UserErrorException bad(String source, int line, String field, String problem) {
    return new UserErrorException(source + ":" + line + ": field '" + field + "': " + problem);
  }

  /** A value as an error shows it: short, one line. */
  static String shown(JsonNode v) {
    if (v.isTextual()) {
      String s = v.textValue();
      return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    return v.isNumber() ? v.decimalValue().toString() : v.toString();
  }
}
