package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Typed access to the fields of one JSON object, failing with a {@link RecordProblem} that names
 * the field (with its path from the record, as in {@code user.login}) and shows the bad value.
 * Absent and {@code null} are the same for optional fields.
 *
 * <p>Times must lie in [{@link #EARLIEST_TIME}, {@link #LATEST_TIME}): GitHub began in 2008, and
 * every later step (epoch milliseconds in the index, durations and weeks in reports) may then do
 * arithmetic on them without overflowing. {@code Instant.parse} accepts years up to ±1,000,000,000,
 * whose epoch milliseconds do not fit a {@code long}; such a record is a bad record here, where its
 * file, position and field are known (and {@code --skip-bad} can skip it), not an {@code
 * ArithmeticException} later.
 */
final class JsonFields {
  /** The earliest time a record may carry (inclusive): the Unix epoch. */
  static final Instant EARLIEST_TIME = Instant.parse("1970-01-01T00:00:00Z");

  /** The first time a record may no longer carry (exclusive). */
  static final Instant LATEST_TIME = Instant.parse("2100-01-01T00:00:00Z");

  private final JsonNode node;
  private final String prefix;

  private JsonFields(JsonNode node, String prefix) {
    this.node = node;
    this.prefix = prefix;
  }

  /** The fields of a record (an object node). */
  static JsonFields of(JsonNode record) {
    return new JsonFields(record, "");
  }

  /** The field's path as messages show it. */
  String path(String name) {
    return prefix + name;
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** The raw value, or null when absent (a JSON null is a {@code NullNode}). */
  JsonNode raw(String name) {
    return node.get(name);
  }

  /** Whether the field is absent or JSON null. */
  boolean isAbsent(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull();
  }

  /** A nested object, or empty when absent or null. */
  Optional<JsonFields> optionalObject(String name) {
    if (isAbsent(name)) {
      return Optional.empty();
    }
    JsonNode value = node.get(name);
    if (!value.isObject()) {
      throw RecordProblem.expected(path(name), "an object", value);
    }
    return Optional.of(new JsonFields(value, path(name) + "."));
  }

  int positiveInt(String name) {
    JsonNode value = required(name);
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() <= 0) {
      throw RecordProblem.expected(path(name), "a positive integer", value);
    }
    return value.intValue();
  }

  long positiveLong(String name) {
    JsonNode value = required(name);
    if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
      throw RecordProblem.expected(path(name), "a positive integer", value);
    }
    return value.longValue();
  }

  /** A count: absent or null is {@code defaultValue}. */
  int nonNegativeInt(String name, int defaultValue) {
    if (isAbsent(name)) {
      return defaultValue;
    }
    JsonNode value = node.get(name);
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
      throw RecordProblem.expected(path(name), "a non-negative integer", value);
    }
    return value.intValue();
  }

  /** A string that must be there and not null. */
  String string(String name) {
    JsonNode value = required(name);
    if (!value.isTextual()) {
      throw RecordProblem.expected(path(name), "a string", value);
    }
    return value.textValue();
  }

  /** A string, or null when absent or null. */
  String optionalString(String name) {
    if (isAbsent(name)) {
      return null;
    }
    JsonNode value = node.get(name);
    if (!value.isTextual()) {
      throw RecordProblem.expected(path(name), "a string", value);
    }
    return value.textValue();
  }

  boolean optionalBoolean(String name, boolean defaultValue) {
    if (isAbsent(name)) {
      return defaultValue;
    }
    JsonNode value = node.get(name);
    if (!value.isBoolean()) {
      throw RecordProblem.expected(path(name), "true or false", value);
    }
    return value.booleanValue();
  }

  /** An ISO-8601 time that must be there, such as {@code 2025-12-10T11:32:00Z}. */
  Instant time(String name) {
    return toInstant(name, required(name));
  }

  /** An ISO-8601 time, or null when absent or null. */
  Instant optionalTime(String name) {
    return isAbsent(name) ? null : toInstant(name, node.get(name));
  }

  private Instant toInstant(String name, JsonNode value) {
    Instant time = null;
    if (value.isTextual()) {
      try {
        time = Instant.parse(value.textValue());
      } catch (DateTimeParseException e) {
        // reported below with the value
      }
    }
    if (time == null) {
      throw RecordProblem.expected(path(name), "an ISO-8601 time", value);
    }
    if (time.isBefore(EARLIEST_TIME) || !time.isBefore(LATEST_TIME)) {
      throw RecordProblem.expected(path(name), "a time in the years 1970 to 2099", value);
    }
    return time;
  }

  private JsonNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      throw RecordProblem.field(path(name), "missing");
    }
    return value;
  }
}
