package io.devpulse.app.internal;

import io.devpulse.model.Coverage;
import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the index holds completely, per repository and stream, kept in the commit user data beside
 * the data it describes (one JSON value per repository under {@code coverage:OWNER/NAME}), so it is
 * exactly as crash-safe as the sync checkpoints.
 *
 * <p>A sync of a stream from {@code since} that reads its listing to the end at time {@code L}
 * proves every record updated in {@code [since, L]} stored: a record created in a window and
 * updated later was listed with its later update time, and stored then. A sync that stops early
 * (rate limit, error, kill) proves nothing yet: its start is kept as pending, and the sync that
 * resumes from its checkpoint and finishes closes the span from there. An import from files records
 * the span of update times it held, as {@link Coverage.Source#IMPORTED}: the data is there, but
 * nothing proves nothing is missing.
 */
public final class CoverageLedger {
  private static final String PREFIX = "coverage:";

  /** Why a sync stopped early, recorded by key ({@code rate_limit}); front ends word it. */
  public enum Stop {
    RATE_LIMIT,
    ERROR,
    INTERRUPTED;

    final String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One stream's record, as stored. Times are ISO-8601; a null span start means "from the
   * beginning".
   */
  static final class StreamEntry {
    public List<List<String>> synced = new ArrayList<>();
    public List<List<String>> imported = new ArrayList<>();
    public boolean pending;
    public String pendingFrom;
    public String lastSync;
    public String stopped;
  }

  private final Map<String, Map<String, StreamEntry>> byRepository;
  private final java.util.Set<String> changed = new java.util.TreeSet<>();

  private CoverageLedger(Map<String, Map<String, StreamEntry>> byRepository) {
    this.byRepository = byRepository;
  }

  /**
   * The ledger in a commit's user data; an unreadable entry counts as nothing held (never a claim).
   */
  public static CoverageLedger read(Map<String, String> commitData) {
    Map<String, Map<String, StreamEntry>> all = new TreeMap<>();
    commitData.forEach(
        (key, value) -> {
          if (key.startsWith(PREFIX)) {
            Map<String, StreamEntry> streams = CoverageLedgerJson.read(value);
            if (streams != null) {
              all.put(key.substring(PREFIX.length()), streams);
            }
          }
        });
    return new CoverageLedger(all);
  }

  private StreamEntry entry(Repository repository, Coverage.Stream stream) {
    // One entry per repository however it was spelled: the first spelling recorded stays.
    String name =
        byRepository.keySet().stream()
            .filter(k -> k.equalsIgnoreCase(repository.fullName()))
            .findFirst()
            .orElse(repository.fullName());
    changed.add(name);
    return byRepository
        .computeIfAbsent(name, r -> new TreeMap<>())
        .computeIfAbsent(key(stream), s -> new StreamEntry());
  }

  private static String key(Coverage.Stream stream) {
    return stream.name().toLowerCase(Locale.ROOT);
  }

  /** A sync of these streams starts reading from {@code sinceOrNull} (null: the beginning). */
  public void syncStarted(
      Repository repository, List<Coverage.Stream> streams, Instant sinceOrNull, Instant at) {
    for (Coverage.Stream s : streams) {
      StreamEntry e = entry(repository, s);
      if (!e.pending) {
        // A resumed sync keeps the start of the one it resumes: together they read the whole span.
        e.pending = true;
        e.pendingFrom = sinceOrNull == null ? null : sinceOrNull.toString();
      }
      e.stopped = Stop.INTERRUPTED.key(); // until it finishes: a kill leaves this behind
      e.lastSync = at.toString();
    }
  }

  /** The sync read its listing to the end; it was requested at {@code listedAt}. */
  public void syncCompleted(
      Repository repository, List<Coverage.Stream> streams, Instant listedAt, Instant at) {
    for (Coverage.Stream s : streams) {
      StreamEntry e = entry(repository, s);
      String from = e.pending ? e.pendingFrom : listedAt.toString();
      e.synced = merge(e.synced, from, listedAt.toString());
      e.pending = false;
      e.pendingFrom = null;
      e.stopped = null;
      e.lastSync = at.toString();
    }
  }

  /** The sync stopped before the end of its listing. */
  public void syncStopped(
      Repository repository, List<Coverage.Stream> streams, Stop why, Instant at) {
    for (Coverage.Stream s : streams) {
      StreamEntry e = entry(repository, s);
      e.stopped = why.key();
      e.lastSync = at.toString();
    }
  }

  /** Files brought records of {@code stream} updated in {@code [from, to]}. */
  public void imported(Repository repository, Coverage.Stream stream, Instant from, Instant to) {
    StreamEntry e = entry(repository, stream);
    e.imported = merge(e.imported, from.toString(), to.toString());
  }

  /** The user data to commit for what changed since {@link #read}: one value per repository. */
  public Map<String, String> toUserData() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String repository : changed) {
      out.put(PREFIX + repository, CoverageLedgerJson.write(byRepository.get(repository)));
    }
    return out;
  }

  /** The coverage of {@code repository} as a report reads it. */
  public Coverage coverageOf(Repository repository) {
    List<Coverage.StreamCoverage> streams = new ArrayList<>();
    // GitHub's names are case-insensitive: a sync of VLLM-Project/vllm covers vllm-project/vllm.
    Map<String, StreamEntry> entries =
        byRepository.entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase(repository.fullName()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse(Map.of());
    for (Coverage.Stream s : Coverage.Stream.values()) {
      StreamEntry e = entries.get(key(s));
      if (e == null) {
        continue;
      }
      List<Coverage.Span> spans = new ArrayList<>();
      e.synced.forEach(p -> spans.add(span(p, Coverage.Source.SYNCED)));
      e.imported.forEach(p -> spans.add(span(p, Coverage.Source.IMPORTED)));
      streams.add(
          new Coverage.StreamCoverage(
              s, spans, e.lastSync == null ? null : Instant.parse(e.lastSync), e.stopped));
    }
    return Coverage.of(streams);
  }

  /** Every repository the ledger knows, with its coverage. */
  public Map<String, Coverage> all() {
    Map<String, Coverage> out = new TreeMap<>();
    byRepository.keySet().forEach(r -> out.put(r, coverageOf(Repository.parse(r))));
    return out;
  }

  private static Coverage.Span span(List<String> pair, Coverage.Source source) {
    return new Coverage.Span(
        pair.get(0) == null ? null : Instant.parse(pair.get(0)),
        Instant.parse(pair.get(1)),
        source);
  }

  /**
   * {@code spans} with {@code [from, to]} added, overlapping or touching spans joined, oldest
   * first.
   */
  static List<List<String>> merge(List<List<String>> spans, String from, String to) {
    record Span(Instant from, Instant to) {}
    List<Span> all = new ArrayList<>();
    for (List<String> p : spans) {
      all.add(
          new Span(
              p.get(0) == null ? Instant.MIN : Instant.parse(p.get(0)), Instant.parse(p.get(1))));
    }
    all.add(new Span(from == null ? Instant.MIN : Instant.parse(from), Instant.parse(to)));
    all.sort(Comparator.comparing(Span::from));
    List<Span> joined = new ArrayList<>();
    for (Span s : all) {
      Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && !s.from().isAfter(last.to())) {
        joined.set(
            joined.size() - 1,
            new Span(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
      } else {
        joined.add(s);
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (Span s : joined) {
      List<String> pair = new ArrayList<>(2);
      pair.add(s.from().equals(Instant.MIN) ? null : s.from().toString());
      pair.add(s.to().toString());
      out.add(pair);
    }
    return out;
  }
}
