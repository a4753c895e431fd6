package io.devpulse.github;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Says what a Jackson parse error means in one short phrase, and where it is. */
final class JsonErrors {
  /**
   * How Jackson starts the messages of the end-of-input errors that are not a {@link
   * JsonEOFException}.
   */
  private static final String END_OF_INPUT = "Unexpected end-of-input";

  /** How Jackson's tree reader starts the message for a key given twice in one object. */
  private static final String DUPLICATE = "Duplicate field '";

  private JsonErrors() {}

  /**
   * {@code truncated JSON: unexpected end of input inside an array} or {@code malformed JSON:
   * <Jackson's description>}.
   */
  static String describe(JsonProcessingException e, JsonParser parser) {
    String duplicate = duplicateKey(e);
    if (duplicate != null) {
      return "duplicate key '" + JsonSnippet.cut(duplicate) + "' in " + where(e, parser);
    }
    if (e instanceof JsonEOFException || e.getOriginalMessage().startsWith(END_OF_INPUT)) {
      return "truncated JSON: unexpected end of input inside " + where(e, parser);
    }
    return "malformed JSON: " + e.getOriginalMessage();
  }

  /**
   * The key that appeared twice in one object (the tree reader's error with {@code
   * FAIL_ON_READING_DUP_TREE_KEY}), or null for any other error. After it the parser is still
   * sound: the duplicate's value was read whole.
   */
  static String duplicateKey(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (!(e instanceof MismatchedInputException)
        || message == null
        || !message.startsWith(DUPLICATE)) {
      return null;
    }
    int end = message.indexOf('\'', DUPLICATE.length());
    return end < 0 ? "" : message.substring(DUPLICATE.length(), end);
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
