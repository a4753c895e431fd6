package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.BadQueryException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DateBoundsTest {
  private static final long DEC_10 = Instant.parse("2025-12-10T00:00:00Z").toEpochMilli();
  private static final long DEC_11 = Instant.parse("2025-12-11T00:00:00Z").toEpochMilli();
  private static final long EIGHT = Instant.parse("2025-12-10T08:00:00Z").toEpochMilli();

  @Test
  void aDayIsAWholeUtcDayAndAnInstantOneMillisecond() {
    assertThat(DateBounds.parse("created", "2025-12-10"))
        .isEqualTo(new DateBounds.Span(DEC_10, DEC_11));
    assertThat(DateBounds.parse("created", "2025-12-10T08:00:00Z"))
        .isEqualTo(new DateBounds.Span(EIGHT, EIGHT + 1));
    assertThat(DateBounds.parse("created", "2025-12-10T09:00:00+01:00"))
        .isEqualTo(new DateBounds.Span(EIGHT, EIGHT + 1));
  }

  @Test
  void inclusiveUpperDaysCoverTheWholeDay() {
    assertThat(DateBounds.range("created", "f", "2025-12-10", "2025-12-10", true, true))
        .isEqualTo(DateBounds.rangeQuery("f", DEC_10, DEC_11 - 1));
    assertThat(DateBounds.range("created", "f", "2025-12-10", "2025-12-11", true, false))
        .isEqualTo(DateBounds.rangeQuery("f", DEC_10, DEC_11 - 1));
    assertThat(DateBounds.range("created", "f", "2025-12-09", "2025-12-10", false, true))
        .isEqualTo(DateBounds.rangeQuery("f", DEC_10, DEC_11 - 1));
    assertThat(DateBounds.on("created", "f", "2025-12-10"))
        .isEqualTo(DateBounds.rangeQuery("f", DEC_10, DEC_11 - 1));
  }

  @Test
  void instantsAndStarsBoundExactly() {
    assertThat(DateBounds.range("created", "f", "2025-12-10T08:00:00Z", "*", false, true))
        .isEqualTo(DateBounds.rangeQuery("f", EIGHT + 1, Long.MAX_VALUE));
    assertThat(DateBounds.range("created", "f", null, "2025-12-10T08:00:00Z", true, false))
        .isEqualTo(DateBounds.rangeQuery("f", Long.MIN_VALUE, EIGHT - 1));
  }

  @Test
  void namesTheFieldAndValueOfABadDate() {
    assertThatThrownBy(() -> DateBounds.parse("updated", "12/10/2025"))
        .isInstanceOf(BadQueryException.class)
        .hasMessage(
            "bad date in updated: 12/10/2025; expected a day like 2025-12-10, an instant like"
                + " 2025-12-10T08:00:00Z, or *");
  }

  @Test
  void refusesInstantsWhoseBoundsWouldWrapAround() {
    // Long.MAX_VALUE milliseconds: the exclusive lower bound (+1) wrapped to Long.MIN_VALUE,
    // matching all
    for (String text :
        new String[] {
          "+292278994-08-17T07:12:55.807Z",
          "-292275055-05-16T16:47:04.192Z",
          "+999999999-12-31",
          "+999999999-12-31T23:59:59Z"
        }) {
      assertThatThrownBy(() -> DateBounds.parse("created", text))
          .isInstanceOf(BadQueryException.class)
          .hasMessageStartingWith(
              "bad date in created: " + text + "; expected a day like 2025-12-10");
    }
    assertThat(DateBounds.parse("created", "+292278994-08-17T07:12:55.806Z").end())
        .isEqualTo(Long.MAX_VALUE);
  }
}
