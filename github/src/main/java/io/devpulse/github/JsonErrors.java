package io.devpulse.github;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** Says what a Jackson parse error means in one short phrase, and where it is. */
final class JsonErrors {
  /** How Jackson starts the messages of the end-of-input errors that are not a {@link JsonEOFException}. */
  private static final String END_OF_INPUT = "Unexpected end-of-input";

  private JsonErrors() {}

  /**
   * {@code truncated JSON: unexpected end of input inside an array} or {@code malformed JSON: <Jackson's
   * description>}.
   */
  static String describe(JsonProcessingException e, JsonParser parser) {
    if (e instanceof JsonEOFException || e.getOriginalMessage().startsWith(END_OF_INPUT)) {
      return "truncated JSON: unexpected end of input inside " + where(e, parser);
    }
    return "malformed JSON: " + e.getOriginalMessage();
  }

  /** Where the error is: the exception's location, else the parser's. */
  static JsonLocation location(JsonProcessingException e, JsonParser parser) {
    JsonLocation location = e.getLocation();
    return location != null ? location : parser.currentLocation();
  }

  private static String where(JsonProcessingException e, JsonParser parser) {
    JsonToken token = e instanceof JsonEOFException eof ? eof.getTokenBeingDecoded() : null;
    if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
      return "a string";
    }
    JsonStreamContext context = parser.getParsingContext();
    if (context.inObject()) {
      return "an object";
    }
    if (context.inArray()) {
      return "an array";
    }
    return "a value";
  }
}
