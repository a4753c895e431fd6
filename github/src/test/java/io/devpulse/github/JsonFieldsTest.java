package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFieldsTest {

  private static JsonFields fields(String json) throws IOException {
    return JsonFields.of(new ObjectMapper().readTree(json));
  }

  @Test
  void readsTypedValues() throws IOException {
    // given
    JsonFields f =
        fields(
            """
        {"n": 3, "id": 3700030386, "s": "x", "b": true, "t": "2025-12-10T19:32:00+08:00", "o": {"p": 1}}""");
    // then
    assertThat(f.positiveInt("n")).isEqualTo(3);
    assertThat(f.positiveLong("id")).isEqualTo(3700030386L);
    assertThat(f.string("s")).isEqualTo("x");
    assertThat(f.optionalBoolean("b", false)).isTrue();
    assertThat(f.time("t")).isEqualTo(Instant.parse("2025-12-10T11:32:00Z"));
    assertThat(f.optionalObject("o"))
        .hasValueSatisfying(o -> assertThat(o.path("p")).isEqualTo("o.p"));
  }

  @Test
  void optionalFieldsTreatAbsentAndNullAlike() throws IOException {
    // given
    JsonFields f = fields("{\"s\": null, \"t\": null, \"o\": null, \"c\": null}");
    // then
    assertThat(f.optionalString("s")).isNull();
    assertThat(f.optionalString("absent")).isNull();
    assertThat(f.optionalTime("t")).isNull();
    assertThat(f.optionalObject("o")).isEmpty();
    assertThat(f.nonNegativeInt("c", 0)).isZero();
    assertThat(f.optionalBoolean("absent", true)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{}                   | field 'n': missing",
        "{\"n\": \"abc\"}     | field 'n': expected a positive integer, got \"abc\"",
        "{\"n\": -1}          | field 'n': expected a positive integer, got -1",
        "{\"n\": 2147483648}  | field 'n': expected a positive integer, got 2147483648",
        "{\"n\": null}        | field 'n': expected a positive integer, got null"
      })
  void positiveIntSaysWhatIsWrong(String json, String message) {
    assertThatThrownBy(() -> fields(json).positiveInt("n"))
        .isInstanceOf(RecordProblem.class)
        .hasMessage(message);
  }

  @Test
  void otherTypesSayWhatIsWrong() throws IOException {
    JsonFields f = fields("{\"t\": 5, \"s\": 5, \"b\": \"yes\", \"o\": [1], \"c\": 1.5}");
    assertThatThrownBy(() -> f.time("t")).hasMessage("field 't': expected an ISO-8601 time, got 5");
    assertThatThrownBy(() -> f.optionalString("s"))
        .hasMessage("field 's': expected a string, got 5");
    assertThatThrownBy(() -> f.optionalBoolean("b", false))
        .hasMessage("field 'b': expected true or false, got \"yes\"");
    assertThatThrownBy(() -> f.optionalObject("o"))
        .hasMessage("field 'o': expected an object, got [1]");
    assertThatThrownBy(() -> f.nonNegativeInt("c", 0))
        .hasMessage("field 'c': expected a non-negative integer, got 1.5");
    assertThatThrownBy(() -> f.time("absent")).hasMessage("field 'absent': missing");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "1970-01-01T00:00:00Z",
    "2025-12-10T11:32:00.123Z",
    "2099-12-31T23:59:59.999Z",
    "2099-12-31T23:59:59.999999999Z",
    "1970-01-01T08:00:00+08:00",
    "2100-01-01T07:59:59+08:00"
  })
  void acceptsTimesFrom1970To2099(String time) throws IOException {
    assertThat(fields("{\"t\": \"" + time + "\"}").time("t")).isEqualTo(Instant.parse(time));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "+999999999-12-31T23:59:59Z",
    "-999999999-01-01T00:00:00Z",
    "2100-01-01T00:00:00Z",
    "1969-12-31T23:59:59.999Z",
    "0000-01-01T00:00:00Z",
    "1970-01-01T07:59:59+08:00"
  })
  void rejectsTimesOutsideTheYears1970To2099(String time) {
    // +999999999 parses, but its epoch milliseconds overflow a long: an ArithmeticException later
    // on
    assertThatThrownBy(() -> fields("{\"t\": \"" + time + "\"}").optionalTime("t"))
        .isInstanceOf(RecordProblem.class)
        .hasMessage("field 't': expected a time in the years 1970 to 2099, got \"" + time + "\"");
  }
}
