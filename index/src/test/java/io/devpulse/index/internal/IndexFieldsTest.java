package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndexFieldsTest {
  @Test
  void parseTimeReadsWhatInstantToStringWroteLikeInstantParse() {
    SplittableRandom random = new SplittableRandom(20261202);
    long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 100_000; i++) {
      String written = Instant.ofEpochSecond(random.nextLong(from, to)).toString();
      assertThat(IndexFields.parseTime(written)).as(written).isEqualTo(Instant.parse(written));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-02-29T23:59:59Z",
        "2025-12-31T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "2025-12-10T09:30:00.123Z",
        "2025-12-10T09:30:00.000000001Z",
        "+12025-12-10T09:30:00Z",
        "2025-12-10T09:30:00+02:00",
        "2025-12-10T24:00:00Z"
      })
  void parseTimeAgreesWithInstantParseOnEveryShape(String text) {
    assertThat(IndexFields.parseTime(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29T00:00:00Z",
        "2025-13-01T00:00:00Z",
        "2025-12-10T25:00:00Z",
        "2025-12-10T09:60:00Z",
        "2025-12-1xT09:30:00Z",
        "2025-00-10T09:30:00Z",
        "garbage-not-a-time!Z"
      })
  void parseTimeRejectsWhatInstantParseRejectsWithItsMessage(String text) {
    assertThatThrownBy(() -> IndexFields.parseTime(text))
        .isInstanceOf(DateTimeParseException.class)
        .hasMessage(catchMessage(text));
  }

  private static String catchMessage(String text) {
    try {
      Instant.parse(text);
      throw new AssertionError(text + " parsed");
    } catch (DateTimeParseException e) {
      return e.getMessage();
    }
  }
}
