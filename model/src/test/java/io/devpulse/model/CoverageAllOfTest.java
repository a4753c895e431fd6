package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Coverage#allOf}: a roll-up's coverage is as weak as its weakest repository's. */
class CoverageAllOfTest {
  private static final Instant T0 = Instant.parse("2025-12-10T00:00:00Z");
  private static final Window HOUR = new Window(T0.plusSeconds(3600), T0.plusSeconds(7200));

  private static Coverage.StreamCoverage stream(Coverage.Stream s, Coverage.Span... spans) {
    return new Coverage.StreamCoverage(s, List.of(spans), T0.plusSeconds(9000), null);
  }

  private static Coverage.Span synced(Instant from, Instant to) {
    return new Coverage.Span(from, to, Coverage.Source.SYNCED);
  }

  private static Coverage.Span imported(Instant from, Instant to) {
    return new Coverage.Span(from, to, Coverage.Source.IMPORTED);
  }

  private static Coverage complete(Instant through) {
    return Coverage.of(
        List.of(
            stream(Coverage.Stream.ITEMS, synced(null, through)),
            stream(Coverage.Stream.COMMENTS, synced(null, through))));
  }

  @Test
  void completeOnlyWhenCompleteForEveryRepository() {
    Coverage both =
        Coverage.allOf(List.of(complete(T0.plusSeconds(8000)), complete(T0.plusSeconds(7200))));
    Coverage oneShort =
        Coverage.allOf(List.of(complete(T0.plusSeconds(8000)), complete(T0.plusSeconds(7000))));

    assertThat(both.complete(HOUR)).isTrue();
    assertThat(both.holdsAllHistoryBefore(HOUR)).isTrue();
    assertThat(oneShort.complete(HOUR)).isFalse();
    assertThat(oneShort.holds(Coverage.Stream.ITEMS, HOUR)).isEmpty();
    assertThat(
            oneShort.stream(Coverage.Stream.ITEMS).flatMap(Coverage.StreamCoverage::syncedThrough))
        .contains(T0.plusSeconds(7000));
  }

  @Test
  void heldOnlyIfHeldForAllImportedIfAnyOnlyImported() {
    Coverage synced = complete(T0.plusSeconds(8000));
    Coverage importedOnly =
        Coverage.of(
            List.of(
                stream(Coverage.Stream.ITEMS, imported(T0, T0.plusSeconds(8000))),
                stream(Coverage.Stream.COMMENTS, imported(T0, T0.plusSeconds(8000))),
                stream(Coverage.Stream.REVIEWS, synced(null, T0.plusSeconds(8000)))));

    Coverage all = Coverage.allOf(List.of(synced, importedOnly));

    assertThat(all.holds(Coverage.Stream.ITEMS, HOUR)).contains(Coverage.Source.IMPORTED);
    assertThat(all.complete(HOUR)).isFalse();
    // Reviews: fetched for one repository only, so not held for the roll-up.
    assertThat(all.stream(Coverage.Stream.REVIEWS)).isEmpty();
    assertThat(all.holds(Coverage.Stream.REVIEWS, HOUR)).isEmpty();
    assertThat(all.holdsAllHistoryBefore(HOUR)).isFalse();
  }

  @Test
  void oneRepositoryOrUnknownPartsChangeNothing() {
    Coverage one = complete(T0.plusSeconds(8000));

    assertThat(Coverage.allOf(List.of(one))).isSameAs(one);
    assertThat(Coverage.allOf(List.of(Coverage.UNKNOWN, one))).isSameAs(one);
    assertThat(Coverage.allOf(List.of(Coverage.UNKNOWN, Coverage.UNKNOWN)))
        .isEqualTo(Coverage.UNKNOWN);
    assertThat(Optional.of(Coverage.allOf(List.of(one, one)).complete(HOUR))).contains(true);
  }
}
