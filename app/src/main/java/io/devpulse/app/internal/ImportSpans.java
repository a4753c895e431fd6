package io.devpulse.app.internal;

import io.devpulse.model.Coverage;
import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The span of update times an import brought, per repository and stream, for the coverage ledger.
 * Update times, not creation times: a file of one hour's activity holds old items updated in that
 * hour, and does not make the hours before it held.
 */
public final class ImportSpans {
  private record Key(String repository, Coverage.Stream stream) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = repository.compareTo(o.repository);
      return c != 0 ? c : stream.compareTo(o.stream);
    }
  }

  private final Map<Key, Instant[]> spans = new TreeMap<>();

  /**
   * A record of {@code stream} in {@code repository}, last updated at {@code updated}, was
   * imported.
   */
  public void saw(Repository repository, Coverage.Stream stream, Instant updated) {
    Instant[] span =
        spans.computeIfAbsent(
            new Key(repository.fullName(), stream), k -> new Instant[] {updated, updated});
    if (updated.isBefore(span[0])) {
      span[0] = updated;
    }
    if (updated.isAfter(span[1])) {
      span[1] = updated;
    }
  }

  /** Records every span in {@code ledger} as imported. */
  public void recordIn(CoverageLedger ledger) {
    spans.forEach(
        (k, span) ->
            ledger.imported(Repository.parse(k.repository()), k.stream(), span[0], span[1]));
  }
}
