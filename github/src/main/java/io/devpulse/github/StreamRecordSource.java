package io.devpulse.github;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Any sequence of root-level JSON values, read with Jackson's streaming parser one record at a
 * time: arrays are pages and are looked into (also nested, as {@code gh api --paginate --slurp}
 * writes them), every other value is a record. A syntax error is fatal: the parser cannot find the
 * next record after it.
 */
final class StreamRecordSource implements RecordSource {
  private final JsonParser parser;
  private final String file;
  private long index;

  StreamRecordSource(InputStream in, String file) throws IOException {
    this.parser = Json.FACTORY.createParser(in);
    this.file = file;
  }

  @Override
  public RawRecord next() throws IOException {
    try {
      while (true) {
        JsonToken token = parser.nextToken();
        if (token == null) {
          return null;
        }
        if (token == JsonToken.START_ARRAY || token == JsonToken.END_ARRAY) {
          continue;
        }
        index++;
        SourcePosition start = at(parser.currentTokenLocation());
        int depth = parser.getParsingContext().getNestingDepth();
        JsonNode node;
        try {
          node = parser.readValueAsTree();
        } catch (JsonProcessingException e) {
          if (JsonErrors.duplicateKey(e) == null) {
            throw e;
          }
          // A bad record, not a broken stream: the parser is sound, so skip to the record's end.
          String problem = JsonErrors.describe(e, parser);
          skipRestOfRecord(depth);
          return RawRecord.garbled(index, start, problem);
        }
        return RawRecord.parsed(index, start, node == null ? NullNode.getInstance() : node);
      }
    } catch (JsonProcessingException e) {
      throw BadInputException.at(
          at(JsonErrors.location(e, parser)), JsonErrors.describe(e, parser), e);
    }
  }

  /** Reads on until the parser has left the object that began at nesting {@code depth}. */
  private void skipRestOfRecord(int depth) throws IOException {
    while (parser.getParsingContext().getNestingDepth() >= depth) {
      if (parser.nextToken() == null) {
        return;
      }
    }
  }

  private SourcePosition at(JsonLocation location) {
    return new SourcePosition(
        file,
        Math.max(1, location.getLineNr()),
        Math.max(0, location.getColumnNr()),
        Math.max(0, location.getByteOffset()));
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
