package io.devpulse.github;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * JSON Lines: one record per line, each line parsed on its own, so that a garbled line is one bad
 * record (skippable) and positions are exact. Blank lines are ignored; {@code \r\n} line ends are
 * fine.
 */
final class LineRecordSource implements RecordSource {
  /** A longer line is reported as a bad record (and skipped without being held in memory). */
  static final int MAX_LINE = 64 * 1024 * 1024;

  private final InputStream in;
  private final String file;
  private final int maxLine;
  private final byte[] buffer = new byte[GzipInput.BUFFER_SIZE];
  private int position;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private boolean overlong;
  private long nextLineStart;
  private long lineNumber;
  private long index;

  LineRecordSource(InputStream in, String file) {
    this(in, file, MAX_LINE);
  }

  LineRecordSource(InputStream in, String file, int maxLine) {
    this.in = in;
    this.file = file;
    this.maxLine = maxLine;
  }

  @Override
  public RawRecord next() throws IOException {
    while (true) {
      long lineStart = nextLineStart;
      if (!readLine()) {
        return null;
      }
      lineNumber++;
      int blanks = leadingBlanks();
      if (blanks == lineLength && !overlong) {
        continue;
      }
      index++;
      SourcePosition start = new SourcePosition(file, lineNumber, blanks + 1, lineStart + blanks);
      if (overlong) {
        return RawRecord.garbled(index, start, "line longer than " + maxLine + " bytes");
      }
      return parse(lineStart, start);
    }
  }

  private RawRecord parse(long lineStart, SourcePosition start) throws IOException {
    JsonParser parser = Json.FACTORY.createParser(line, 0, lineLength);
    try (parser) {
      parser.nextToken();
      JsonNode node = parser.readValueAsTree();
      if (parser.nextToken() != null) {
        return RawRecord.garbled(
            index,
            at(lineStart, parser.currentTokenLocation()),
            "malformed JSON: more than one value on the line");
      }
      return RawRecord.parsed(index, start, node == null ? NullNode.getInstance() : node);
    } catch (JsonProcessingException e) {
      return RawRecord.garbled(
          index, at(lineStart, JsonErrors.location(e, parser)), JsonErrors.describe(e, parser));
    }
  }

  private SourcePosition at(long lineStart, JsonLocation location) {
    return new SourcePosition(
        file,
        lineNumber,
        Math.max(0, location.getColumnNr()),
        lineStart + Math.max(0, location.getByteOffset()));
  }

  /**
   * Reads the next line (without its {@code \n}) into {@code line}; false at the end of the input.
   */
  private boolean readLine() throws IOException {
    lineLength = 0;
    overlong = false;
    boolean any = false;
    while (true) {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return any;
        }
      }
      any = true;
      int end = position;
      while (end < limit && buffer[end] != '\n') {
        end++;
      }
      append(position, end - position);
      boolean newline = end < limit;
      int consumed = end - position + (newline ? 1 : 0);
      nextLineStart += consumed;
      position += consumed;
      if (newline) {
        return true;
      }
    }
  }

  private void append(int from, int length) {
    if (overlong || length == 0) {
      return;
    }
    if ((long) lineLength + length > maxLine) {
      overlong = true;
      lineLength = 0;
      return;
    }
    if (lineLength + length > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
    }
    System.arraycopy(buffer, from, line, lineLength, length);
    lineLength += length;
  }

  private int leadingBlanks() {
    int i = 0;
    while (i < lineLength && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) {
      i++;
    }
    return i;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
