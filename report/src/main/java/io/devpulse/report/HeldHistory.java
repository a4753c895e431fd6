package io.devpulse.report;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.SearchOptions;
import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The history an index holds of a repository, by one rule for the report's coverage line, the site
 * and stats: from the first item created to the last (creation times, not the update times an
 * import or sync covered, which start later than the oldest item they bring).
 */
public final class HeldHistory {
  private HeldHistory() {}

  /** When the first item held of {@code repository} was created; empty when none is held. */
  public static Optional<Instant> firstCreated(HistoryIndex index, Repository repository) {
    return created(index, repository, false);
  }

  /** When the last item held of {@code repository} was created; empty when none is held. */
  public static Optional<Instant> lastCreated(HistoryIndex index, Repository repository) {
    return created(index, repository, true);
  }

  private static Optional<Instant> created(
      HistoryIndex index, Repository repository, boolean newest) {
    List<IndexedItem> one =
        index.search("", new SearchOptions(repository, "created", newest, 1)).items();
    return one.isEmpty() ? Optional.empty() : Optional.ofNullable(one.get(0).item().createdAt());
  }
}
