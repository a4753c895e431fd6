package io.devpulse.report;

import io.devpulse.model.Coverage;
import io.devpulse.model.Window;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a report's window rests on, for the coverage line under the stats: per stream whether a sync
 * read the window completely, files were imported for it, a sync covered only part of it, or
 * nothing was fetched; and from when the index holds the repository's history.
 *
 * @param known false when no coverage was given (no line is shown)
 * @param complete whether a sync proved the window's items and comments complete
 * @param historyFromOrNull when the first item held was created; null when held from the
 *     repository's beginning or not at all (see {@code historyFromBeginning})
 */
public record WindowCoverage(
    boolean known,
    boolean complete,
    List<StreamState> streams,
    Instant historyFromOrNull,
    boolean historyFromBeginning) {

  /** How one stream holds the window. */
  public enum State {
    SYNCED,
    IMPORTED,
    PARTIAL,
    NOT_FETCHED
  }

  /**
   * @param syncedThroughOrNull the newest time a sync of this stream read completely
   * @param stoppedEarlyOrNull why its last sync stopped early, or null
   */
  public record StreamState(
      Coverage.Stream stream, State state, Instant syncedThroughOrNull, String stoppedEarlyOrNull) {
    public StreamState {
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(state, "state");
    }
  }

  public WindowCoverage {
    streams = List.copyOf(streams);
  }

  /**
   * The coverage line for {@code window}, from what the index records; {@code heldFromOrNull} is
   * the first item created (see {@link HeldHistory}), null when none is held.
   */
  static WindowCoverage of(Coverage coverage, Window window, Instant heldFromOrNull) {
    if (!coverage.known()) {
      return new WindowCoverage(false, true, List.of(), null, false);
    }
    List<StreamState> states =
        java.util.Arrays.stream(Coverage.Stream.values())
            // Releases are no window's: the releases section says how it holds them.
            .filter(s -> s != Coverage.Stream.RELEASES)
            .map(
                s -> {
                  var c = coverage.stream(s);
                  Instant synced = c.flatMap(Coverage.StreamCoverage::syncedThrough).orElse(null);
                  String stopped = c.map(Coverage.StreamCoverage::stoppedEarlyOrNull).orElse(null);
                  State state =
                      coverage
                          .holds(s, window)
                          .map(src -> src == Coverage.Source.SYNCED ? State.SYNCED : State.IMPORTED)
                          .orElse(
                              c.isPresent() && !c.get().spans().isEmpty()
                                  ? State.PARTIAL
                                  : State.NOT_FETCHED);
                  return new StreamState(s, state, synced, stopped);
                })
            .toList();
    var items = coverage.stream(Coverage.Stream.ITEMS);
    boolean fromBeginning =
        items.map(i -> i.spans().stream().anyMatch(sp -> sp.fromOrNull() == null)).orElse(false);
    // Creation times, as the site and stats say it: an import's spans start at the oldest update it
    // brought, later than the oldest item it brought.
    Instant from = fromBeginning ? null : heldFromOrNull;
    return new WindowCoverage(true, coverage.complete(window), states, from, fromBeginning);
  }
}
