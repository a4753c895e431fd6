package io.devpulse.github;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** The one Jackson configuration of this package (thread-safe, shared). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonFactory FACTORY = MAPPER.getFactory();

  private Json() {}

  /** The node as compact JSON on one line. */
  static String compact(JsonNode node) throws IOException {
    return MAPPER.writeValueAsString(node);
  }
}
