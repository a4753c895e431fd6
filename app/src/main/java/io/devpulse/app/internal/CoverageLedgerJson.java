package io.devpulse.app.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.devpulse.app.internal.CoverageLedger.StreamEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One repository's coverage ledger as JSON ({@code {"issues": {"synced": [[from, to], ...],
 * "imported": [...], "pending": false, "pendingFrom": null, "lastSync": ..., "stopped": ...},
 * ...}}), read and written with Jackson's streaming API: every report reads the ledger, and a
 * databind {@code ObjectMapper} costs a cold command more to set up than the whole ledger is worth.
 * A stream entry that is not exactly of this shape (an unknown field, a wrong type, a span that is
 * not two ISO-8601 instants) is left out: an entry devpulse cannot read proves nothing.
 */
final class CoverageLedgerJson {
  private static final JsonFactory JSON = new JsonFactory();

  private CoverageLedgerJson() {}

  /** The stream entries in {@code json}; null when it is not a JSON object at all. */
  static Map<String, StreamEntry> read(String json) {
    try (JsonParser p = JSON.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, StreamEntry> streams = new TreeMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String stream = p.currentName();
        p.nextToken();
        StreamEntry e = entry(p);
        if (e != null) {
          streams.put(stream, e);
        }
      }
      return p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null ? streams : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The entry at the parser's current value (left at its end), or null when it is not one. */
  private static StreamEntry entry(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    StreamEntry e = new StreamEntry();
    boolean ok = true;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "synced", "imported" -> {
          List<List<String>> spans = spans(p);
          ok &= spans != null;
          if (spans != null) {
            if (field.equals("synced")) {
              e.synced = spans;
            } else {
              e.imported = spans;
            }
          }
        }
        case "pending" -> {
          ok &= value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE;
          e.pending = value == JsonToken.VALUE_TRUE;
        }
        case "pendingFrom", "lastSync" -> {
          String s = instantOrNull(p);
          ok &= s != null || value == JsonToken.VALUE_NULL;
          if (field.equals("pendingFrom")) {
            e.pendingFrom = s;
          } else {
            e.lastSync = s;
          }
        }
        case "stopped" -> {
          ok &= value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NULL;
          e.stopped = value == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        default -> {
          ok = false;
          p.skipChildren();
        }
      }
    }
    return ok ? e : null;
  }

  /** {@code [[from-or-null, to], ...]} at the parser, or null (skipped) when not of that shape. */
  private static List<List<String>> spans(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    List<List<String>> spans = new ArrayList<>();
    boolean ok = true;
    while (p.nextToken() == JsonToken.START_ARRAY) {
      List<String> pair = new ArrayList<>(2);
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          return null; // the parser reports a cut text itself; never loop on one
        }
        String s = instantOrNull(p);
        ok &= s != null || (p.currentToken() == JsonToken.VALUE_NULL && pair.isEmpty());
        p.skipChildren();
        pair.add(s);
      }
      ok &= pair.size() == 2 && pair.get(1) != null;
      spans.add(pair);
    }
    if (p.currentToken() != JsonToken.END_ARRAY) {
      p.skipChildren();
      return null;
    }
    return ok ? spans : null;
  }

  /** The ISO-8601 instant at the parser, or null when the value is anything else. */
  private static String instantOrNull(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return null;
    }
    try {
      Instant.parse(p.getText());
      return p.getText();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code streams} as the JSON {@link #read} reads. */
  static String write(Map<String, StreamEntry> streams) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      for (var s : streams.entrySet()) {
        StreamEntry e = s.getValue();
        g.writeObjectFieldStart(s.getKey());
        writeSpans(g, "synced", e.synced);
        writeSpans(g, "imported", e.imported);
        g.writeBooleanField("pending", e.pending);
        g.writeStringField("pendingFrom", e.pendingFrom);
        g.writeStringField("lastSync", e.lastSync);
        g.writeStringField("stopped", e.stopped);
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private static void writeSpans(JsonGenerator g, String field, List<List<String>> spans)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (List<String> pair : spans) {
      g.writeStartArray();
      for (String s : pair) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }
}
