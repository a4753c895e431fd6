package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRecordSourceTest {

  private static List<RawRecord> readAll(String content) throws IOException {
    try (StreamRecordSource source = new StreamRecordSource(Inputs.stream(content), "f")) {
      List<RawRecord> records = new ArrayList<>();
      for (RawRecord r = source.next(); r != null; r = source.next()) {
        records.add(r);
      }
      return records;
    }
  }

  @Test
  void looksIntoArraysAndPagesAndKnowsWhereEachRecordStarts() throws IOException {
    // when
    List<RawRecord> records = readAll("[{\"a\":1},\n {\"a\":2}][]\n[[{\"a\":3}]] {\"a\":4} 5");
    // then
    assertThat(records)
        .extracting(r -> r.node().toString())
        .containsExactly("{\"a\":1}", "{\"a\":2}", "{\"a\":3}", "{\"a\":4}", "5");
    assertThat(records)
        .extracting(RawRecord::position)
        .containsExactly(
            new SourcePosition("f", 1, 2, 1),
            new SourcePosition("f", 2, 2, 11),
            new SourcePosition("f", 3, 3, 24),
            new SourcePosition("f", 3, 13, 34),
            new SourcePosition("f", 3, 21, 42));
  }

  @Test
  void syntaxErrorsAreFatal() {
    assertThatThrownBy(() -> readAll("[{\"a\":1}, {\"a\" 2}]"))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            "f:1:16 (byte 15): malformed JSON: Unexpected character ('2' (code 50)):"
                + " was expecting a colon to separate field name and value");
  }

  @Test
  void truncationSaysWhereTheInputEnded() {
    assertThatThrownBy(() -> readAll("[{\"a\":1},\n"))
        .isInstanceOf(BadInputException.class)
        .hasMessage("f:2:1 (byte 10): truncated JSON: unexpected end of input inside an array");
  }
}
