package io.devpulse.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the index holds, per stream, as far as anything proves it: the spans a sync read completely
 * ({@link Source#SYNCED}) and the spans files were imported for ({@link Source#IMPORTED}: the data
 * is there, but nothing proves nothing is missing). A report states only what its window's coverage
 * backs.
 *
 * @param streams one entry per stream the index knows of; a stream not listed was never fetched
 * @param known false when nobody told the report (a report built straight from an index in tests or
 *     by hand): then it makes no coverage claim at all
 */
public record Coverage(List<StreamCoverage> streams, boolean known) {
  /** What the report has when no coverage was given: no claim either way. */
  public static final Coverage UNKNOWN = new Coverage(List.of(), false);

  /** The kinds of data a sync or import fetches. */
  public enum Stream {
    ITEMS,
    COMMENTS,
    REVIEWS,
    FILES,
    /** A repository's releases: a sync lists them all, so a synced span runs from the beginning. */
    RELEASES
  }

  /** How a span got into the index. */
  public enum Source {
    SYNCED,
    IMPORTED
  }

  /**
   * A time span the index holds: for {@link Source#SYNCED}, every record updated in {@code [from,
   * to]} is there; for {@link Source#IMPORTED}, files brought records last updated in it.
   *
   * @param fromOrNull null: from the repository's beginning
   */
  public record Span(Instant fromOrNull, Instant to, Source source) {
    public Span {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(source, "source");
    }

    /** Whether the span reaches over all of {@code w}. */
    public boolean covers(Window w) {
      return (fromOrNull == null || !fromOrNull.isAfter(w.from())) && !to.isBefore(w.to());
    }

    /** Whether the span and {@code w} share any time. */
    public boolean overlaps(Window w) {
      return (fromOrNull == null || fromOrNull.isBefore(w.to())) && !to.isBefore(w.from());
    }
  }

  /**
   * One stream's coverage.
   *
   * @param lastSyncOrNull when a sync last stored this stream
   * @param stoppedEarlyOrNull why the last sync of this stream stopped before the end ({@code rate
   *     limit}, {@code error}, {@code interrupted}), or null when it finished
   */
  public record StreamCoverage(
      Stream stream, List<Span> spans, Instant lastSyncOrNull, String stoppedEarlyOrNull) {
    public StreamCoverage {
      Objects.requireNonNull(stream, "stream");
      spans = List.copyOf(spans);
    }

    /** The newest time a sync read completely, if any. */
    public Optional<Instant> syncedThrough() {
      return spans.stream()
          .filter(s -> s.source() == Source.SYNCED)
          .map(Span::to)
          .max(Instant::compareTo);
    }

    /** The oldest time any span starts at (empty: from the beginning, or nothing held). */
    public Optional<Instant> heldFrom() {
      if (spans.stream().anyMatch(s -> s.fromOrNull() == null)) {
        return Optional.empty();
      }
      return spans.stream().map(Span::fromOrNull).min(Instant::compareTo);
    }
  }

  public Coverage {
    streams = List.copyOf(streams);
  }

  /** Coverage as the index records it (possibly empty: nothing ever synced or imported). */
  public static Coverage of(List<StreamCoverage> streams) {
    return new Coverage(streams, true);
  }

  /**
   * The coverage of a roll-up over several repositories, as conservative as the weakest of them: a
   * stream is listed only if every part lists it; its spans are the times every part holds, synced
   * where all of them synced it, else imported. So a window is complete only if complete for every
   * repository, a stream held only if held for all (imported if any part only imported it), and all
   * history held only if held for all. The last sync is the oldest of the parts' (none if any part
   * has none); a stop reported by any part is reported. Parts with unknown coverage make no claim
   * and are left out; none known: {@link #UNKNOWN}.
   */
  public static Coverage allOf(List<Coverage> parts) {
    List<Coverage> known = parts.stream().filter(Coverage::known).toList();
    if (known.isEmpty()) {
      return UNKNOWN;
    }
    if (known.size() == 1) {
      return known.get(0);
    }
    List<StreamCoverage> streams = new java.util.ArrayList<>();
    for (Stream s : Stream.values()) {
      List<Optional<StreamCoverage>> each = known.stream().map(c -> c.stream(s)).toList();
      if (each.stream().anyMatch(Optional::isEmpty)) {
        continue;
      }
      List<Span> spans = null;
      Instant lastSync = null;
      boolean anyWithoutSync = false;
      String stopped = null;
      for (Optional<StreamCoverage> o : each) {
        StreamCoverage sc = o.get();
        spans = spans == null ? sc.spans() : intersect(spans, sc.spans());
        if (sc.lastSyncOrNull() == null) {
          anyWithoutSync = true;
        } else if (lastSync == null || sc.lastSyncOrNull().isBefore(lastSync)) {
          lastSync = sc.lastSyncOrNull();
        }
        stopped = stopped != null ? stopped : sc.stoppedEarlyOrNull();
      }
      streams.add(new StreamCoverage(s, spans, anyWithoutSync ? null : lastSync, stopped));
    }
    return of(streams);
  }

  /** The times both lists hold: synced where both synced, else imported. */
  private static List<Span> intersect(List<Span> a, List<Span> b) {
    List<Span> out = new java.util.ArrayList<>();
    for (Span x : a) {
      for (Span y : b) {
        Instant from =
            x.fromOrNull() == null
                ? y.fromOrNull()
                : y.fromOrNull() == null || x.fromOrNull().isAfter(y.fromOrNull())
                    ? x.fromOrNull()
                    : y.fromOrNull();
        Instant to = x.to().isBefore(y.to()) ? x.to() : y.to();
        if (from == null || !from.isAfter(to)) {
          out.add(
              new Span(
                  from,
                  to,
                  x.source() == Source.SYNCED && y.source() == Source.SYNCED
                      ? Source.SYNCED
                      : Source.IMPORTED));
        }
      }
    }
    return out;
  }

  public Optional<StreamCoverage> stream(Stream s) {
    return streams.stream().filter(c -> c.stream() == s).findFirst();
  }

  /**
   * How the index holds {@code s} for {@code w}: synced (a sync read all of it: proven complete),
   * imported (files brought data of that time: held, nothing proven), or not at all. Unknown
   * coverage counts as synced: no claim is made.
   */
  public Optional<Source> holds(Stream s, Window w) {
    if (!known) {
      return Optional.of(Source.SYNCED);
    }
    List<Span> spans = stream(s).map(StreamCoverage::spans).orElse(List.of());
    if (spans.stream().anyMatch(sp -> sp.source() == Source.SYNCED && sp.covers(w))) {
      return Optional.of(Source.SYNCED);
    }
    if (spans.stream().anyMatch(sp -> sp.source() == Source.IMPORTED && sp.overlaps(w))) {
      return Optional.of(Source.IMPORTED);
    }
    return Optional.empty();
  }

  /**
   * How the index holds the releases published before {@code time}: synced (a sync listed them all
   * at or after it: proven complete), imported (files brought releases, or a sync listed them
   * before {@code time}: held, nothing proven), or not at all. Unknown coverage counts as synced.
   */
  public Optional<Source> holdsReleasesBefore(Instant time) {
    if (!known) {
      return Optional.of(Source.SYNCED);
    }
    List<Span> spans = stream(Stream.RELEASES).map(StreamCoverage::spans).orElse(List.of());
    if (spans.stream()
        .anyMatch(
            sp ->
                sp.source() == Source.SYNCED
                    && sp.fromOrNull() == null
                    && !sp.to().isBefore(time))) {
      return Optional.of(Source.SYNCED);
    }
    return spans.isEmpty() ? Optional.empty() : Optional.of(Source.IMPORTED);
  }

  /** Whether a sync proved the window's items and comments complete. */
  public boolean complete(Window w) {
    return holds(Stream.ITEMS, w).orElse(null) == Source.SYNCED
        && holds(Stream.COMMENTS, w).orElse(null) == Source.SYNCED;
  }

  /**
   * Whether all of the repository's history is held (a span from the beginning reaching {@code w}).
   */
  public boolean holdsAllHistoryBefore(Window w) {
    if (!known) {
      return true;
    }
    return stream(Stream.ITEMS).map(StreamCoverage::spans).orElse(List.of()).stream()
        .anyMatch(sp -> sp.fromOrNull() == null && !sp.to().isBefore(w.from()));
  }
}
