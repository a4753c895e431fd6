package io.devpulse.github;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * Decides how to split the input into records by peeking at its start: when the first non-blank
 * line is itself one complete JSON object the input is JSON Lines ({@link Layout#LINES}); anything
 * else (an array, a pretty-printed object, objects run together) is left to Jackson's streaming
 * parser ({@link Layout#STREAM}). Only the first line is buffered, and at most {@link #MAX_PEEK}
 * bytes of it.
 */
final class LayoutSniffer {
  /** A longer first line is not taken for JSON Lines (GitHub's records are far smaller). */
  static final int MAX_PEEK = 16 * 1024 * 1024;

  enum Layout {
    LINES,
    STREAM
  }

  /**
   * The layout, and the input to read from (the peeked bytes followed by the rest); {@code empty}
   * when the input holds nothing but whitespace (a failed download saves such a file).
   */
  record Result(Layout layout, InputStream input, boolean empty) {}

  private LayoutSniffer() {}

  static Result sniff(InputStream in) throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    int b;
    do {
      b = in.read();
      if (b >= 0) {
        seen.write(b);
      }
    } while (b == ' ' || b == '\t' || b == '\r' || b == '\n');
    boolean empty = b < 0;
    Layout layout = Layout.STREAM;
    if (b == '{') {
      int start = seen.size() - 1;
      boolean capped = false;
      while ((b = in.read()) >= 0 && b != '\n') {
        seen.write(b);
        if (seen.size() - start >= MAX_PEEK) {
          capped = true;
          break;
        }
      }
      byte[] bytes = seen.toByteArray();
      if (!capped && isOneObject(bytes, start, bytes.length - start)) {
        layout = Layout.LINES;
      }
      if (b == '\n') {
        seen.write(b);
      }
    }
    InputStream replay = new ByteArrayInputStream(seen.toByteArray());
    return new Result(layout, new SequenceInputStream(replay, in), empty);
  }

  /** Whether the bytes hold exactly one JSON object and nothing else but whitespace. */
  static boolean isOneObject(byte[] bytes, int offset, int length) throws IOException {
    try (JsonParser parser = Json.FACTORY.createParser(bytes, offset, length)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
