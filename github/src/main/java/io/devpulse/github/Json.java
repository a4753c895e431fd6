package io.devpulse.github;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The one Jackson configuration of this package (thread-safe, shared). */
final class Json {
  /**
   * A key twice in one object is an error, not "the last one wins": a record whose {@code
   * repository_url} appears twice cannot say which repository it is of.
   */
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          // 1e999999 stays that number (a double would make it Infinity, in messages and in the
          // stored JSON).
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {}

  /** The node as compact JSON on one line. */
  static String compact(JsonNode node) throws IOException {
    return MAPPER.writeValueAsString(node);
  }
}
