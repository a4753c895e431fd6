package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.github.LayoutSniffer.Layout;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutSnifferTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "[{\"a\":1}]                  | STREAM",
        "\\n  [\\n{\"a\":1}]          | STREAM",
        "{\"a\":1}                    | LINES",
        "{\"a\":1}\\n{\"a\":2}\\n     | LINES",
        "\\n\\n  {\"a\":1}\\r\\n      | LINES",
        "{\\n \"a\": 1\\n}            | STREAM",
        "{\"a\":1}{\"a\":2}           | STREAM",
        "{\"a\":1, oops\\n{\"a\":2}   | STREAM",
        "''                           | STREAM",
        "garbage                      | STREAM"
      })
  void decidesFromTheFirstNonBlankLine(String text, Layout expected) throws IOException {
    // given
    byte[] content = text.replace("\\n", "\n").replace("\\r", "\r").getBytes(UTF_8);
    // when
    LayoutSniffer.Result result = LayoutSniffer.sniff(Inputs.stream(new String(content, UTF_8)));
    // then the layout is decided and the input is replayed whole
    assertThat(result.layout()).isEqualTo(expected);
    assertThat(result.input().readAllBytes()).isEqualTo(content);
  }
}
