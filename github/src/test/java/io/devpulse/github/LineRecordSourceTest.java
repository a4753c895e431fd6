package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineRecordSourceTest {

  private static List<RawRecord> readAll(LineRecordSource source) throws IOException {
    List<RawRecord> records = new ArrayList<>();
    for (RawRecord r = source.next(); r != null; r = source.next()) {
      records.add(r);
    }
    return records;
  }

  @Test
  void countsLinesAndBytesExactly() throws IOException {
    // given blank lines, CRLF, indentation and a multi-byte character
    String content = "\n{\"a\":\"é\"}\r\n\r\n  {\"a\":2}\n{\"a\":3}";
    // when
    List<RawRecord> records = readAll(new LineRecordSource(Inputs.stream(content), "f"));
    // then
    assertThat(records)
        .extracting(RawRecord::position)
        .containsExactly(
            new SourcePosition("f", 2, 1, 1),
            new SourcePosition("f", 4, 3, 17),
            new SourcePosition("f", 5, 1, 25));
    assertThat(records).extracting(RawRecord::index).containsExactly(1L, 2L, 3L);
    assertThat(records.get(0).node().get("a").textValue()).isEqualTo("é");
  }

  @Test
  void garbledLinesAreBadRecordsAndReadingGoesOn() throws IOException {
    // given
    String content = "{\"a\":1}\n{\"a\":\n{\"a\":1} {\"b\":2}\n{\"a\":4}\n";
    // when
    List<RawRecord> records = readAll(new LineRecordSource(Inputs.stream(content), "f"));
    // then
    assertThat(records)
        .extracting(RawRecord::problem)
        .containsExactly(
            null,
            "truncated JSON: unexpected end of input inside an object",
            "malformed JSON: more than one value on the line",
            null);
    assertThat(records.get(1).position()).isEqualTo(new SourcePosition("f", 2, 6, 13));
    assertThat(records.get(2).position()).isEqualTo(new SourcePosition("f", 3, 9, 22));
  }

  @Test
  void overlongLinesAreBadRecordsWithoutBeingKept() throws IOException {
    // given a line longer than the limit between two good ones
    String content = "{\"a\":1}\n{\"a\":\"" + "x".repeat(200_000) + "\"}\n{\"a\":3}\n";
    // when
    List<RawRecord> records = readAll(new LineRecordSource(Inputs.stream(content), "f", 1000));
    // then
    assertThat(records)
        .extracting(RawRecord::problem)
        .containsExactly(null, "line longer than 1000 bytes", null);
    assertThat(records.get(2).position().line()).isEqualTo(3);
    assertThat(records.get(2).position().byteOffset()).isEqualTo(8 + 200_009);
  }
}
