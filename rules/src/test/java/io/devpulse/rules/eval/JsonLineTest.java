package io.devpulse.rules.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLineTest {
  @Test
  void readsObjectsArraysStringsNumbersAndLiterals() throws Exception {
    Object v = JsonLine.parse(" {\"n\": -12.5e1, \"s\": \"a\\\"b\\u00e9\\n\", \"a\": [1, true, false, null, {}], \"o\": {\"x\": []}} ");

    assertThat(v).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) v;
    assertThat(m.keySet()).containsExactly("n", "s", "a", "o");
    assertThat(m.get("n")).isEqualTo(new BigDecimal("-12.5e1"));
    assertThat(m.get("s")).isEqualTo("a\"bé\n");
    assertThat(m.get("a")).isEqualTo(List.of(new BigDecimal("1"), true, false, JsonLine.NULL, Map.of()));
    assertThat((List<?>) m.get("a")).hasSize(5);
    assertThat(m.get("o")).isEqualTo(Map.of("x", List.of()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"a\": 1,}|expected a string key at column 9",
      "{\"a\" 1}|expected ':' at column 6",
      "{\"a\": 1} x|unexpected 'x' after the value at column 10",
      "{\"a\": 1, \"a\": 2}|duplicate key \"a\" at column 10",
      "[1 2]|expected ',' or ']' at column 4",
      "\"abc|unterminated string at column 5",
      "\"a\\x\"|bad escape '\\x' at column 3",
      "01|unexpected '1' after the value at column 2",
      "-|bad number at column 2",
      "tru|unexpected 't' at column 1",
      "{\"a\":|unexpected end of line at column 6",
  })
  void rejectsMalformedJsonWithAColumn(String line, String message) {
    assertThatThrownBy(() -> JsonLine.parse(line)).isInstanceOf(JsonLine.SyntaxException.class)
        .hasMessage(message);
  }

  @Test
  void boundsNesting() {
    assertThatThrownBy(() -> JsonLine.parse("[".repeat(100) + "]".repeat(100)))
        .hasMessageStartingWith("nested deeper than 64");
  }
}
