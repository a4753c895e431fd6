package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  /** A source of 0, 1, …, n − 1 that fails instead of giving {@code failAt}, if it is in range. */
  private static ReadAhead.Source<Integer> counting(int n, int failAt, Exception failure) {
    AtomicInteger at = new AtomicInteger();
    return () -> {
      int i = at.getAndIncrement();
      if (i == failAt) {
        if (failure instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) failure;
      }
      return i < n ? Optional.of(i) : Optional.empty();
    };
  }

  private static List<Integer> taken(ReadAhead<Integer> records, List<Integer> into)
      throws IOException {
    for (Optional<Integer> next = records.next(); next.isPresent(); next = records.next()) {
      into.add(next.get());
    }
    return into;
  }

  @Test
  void givesEveryRecordInTheSourcesOrder_thenTheEndForGood() throws Exception {
    try (ReadAhead<Integer> records = ReadAhead.start(counting(1_000, -1, null), 7, 2, "t")) {
      assertThat(taken(records, new ArrayList<>())).hasSize(1_000).isSorted();
      assertThat(records.next()).isEmpty();
    }
  }

  @Test
  void throwsWhatReadingThrew_afterTheRecordsBeforeIt() throws Exception {
    IOException bad = new IOException("items.jsonl:41: not JSON");
    List<Integer> seen = new ArrayList<>();
    try (ReadAhead<Integer> records = ReadAhead.start(counting(100, 40, bad), 3, 2, "t")) {
      assertThatThrownBy(() -> taken(records, seen)).isSameAs(bad);
      assertThat(records.next()).isEmpty();
    }
    assertThat(seen).hasSize(40);

    IllegalStateException unchecked = new IllegalStateException("x");
    try (ReadAhead<Integer> records = ReadAhead.start(counting(100, 0, unchecked), 3, 2, "t")) {
      assertThatThrownBy(records::next).isSameAs(unchecked);
    }
  }

  @Test
  void closedEarly_stopsReadingAndLeavesNoThread() throws Exception {
    AtomicInteger read = new AtomicInteger();
    ReadAhead.Source<Integer> endless = () -> Optional.of(read.incrementAndGet());
    try (ReadAhead<Integer> records = ReadAhead.start(endless, 3, 2, "devpulse-read-ahead-test")) {
      assertThat(records.next()).contains(1);
    }
    int atClose = read.get();
    assertThat(atClose).isLessThanOrEqualTo(3 + 2 * 3 + 3); // taken, queued, one batch in hand
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("devpulse-read-ahead-test"));
    assertThat(read.get()).isEqualTo(atClose);
  }

  @Test
  void anUncheckedFailureOfTheSourceIsThrownAsItWas() {
    UncheckedIOException broken = new UncheckedIOException(new IOException("disk"));
    try (ReadAhead<Integer> records = ReadAhead.start(counting(5, 2, broken), 2, 2, "t")) {
      assertThatThrownBy(() -> taken(records, new ArrayList<>())).isSameAs(broken);
    }
  }
}
