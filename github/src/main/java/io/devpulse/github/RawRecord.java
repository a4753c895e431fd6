package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record as a {@link RecordSource} found it: its JSON value, or for a garbled line of JSON
 * Lines the syntax problem (then {@code position} is where the problem is).
 *
 * @param index 1-based number of the record in the file, garbled ones included
 */
record RawRecord(long index, SourcePosition position, JsonNode node, String problem) {

  static RawRecord parsed(long index, SourcePosition position, JsonNode node) {
    return new RawRecord(index, position, node, null);
  }

  static RawRecord garbled(long index, SourcePosition position, String problem) {
    return new RawRecord(index, position, null, problem);
  }
}
