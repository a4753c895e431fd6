package io.devpulse.app;

import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.Messages;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexHealth;
import io.devpulse.index.IndexStats;
import io.devpulse.index.IndexStorageException;
import io.devpulse.model.Coverage;
import io.devpulse.model.UserErrorException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the index holds and whether it is healthy: health first (a damaged index is described, not
 * read), then its counts over a classification in step with the rule files.
 */
public final class ShowStats {
  private final Devpulse app;

  public ShowStats(Devpulse app) {
    this.app = app;
  }

  /**
   * @param notices hears that stale classifications were refreshed first
   */
  public record Request(Path indexDir, Pack pack, IndexNotices notices) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(notices, "notices");
    }
  }

  /**
   * The health check, and the counts when the index could be read.
   *
   * @param statsOrNull null when the index is damaged
   * @param damageOrNull what reading found damaged that the health check did not, else null
   * @param coverage per repository, what the index holds completely (synced) or imported, per
   *     stream
   */
  public record Result(
      IndexHealth health,
      IndexStats statsOrNull,
      String damageOrNull,
      Map<String, Coverage> coverage) {
    public boolean damaged() {
      return statsOrNull == null;
    }
  }

  private static Result result(IndexHealth health, IndexStats stats) {
    return new Result(health, stats, null, CoverageLedger.read(stats.commitData()).all());
  }

  /**
   * @throws UserErrorException when there is no index yet, or the directory holds other files
   */
  public Result run(Request request) {
    Path dir = request.indexDir();
    IndexHealth health = IndexHealth.check(dir);
    switch (health.state()) {
      case DAMAGED -> {
        return new Result(health, null, null, Map.of());
      }
      case NO_INDEX_YET -> throw new UserErrorException(Messages.get("stats.noIndexYet", dir));
      case NOT_AN_INDEX ->
          throw new UserErrorException(Messages.get("stats.notAnIndex", dir, health.summary()));
      case READ_ONLY -> {
        // Healthy but not writable: read it as it is, stale classifications included, rather than
        // fail
        // trying to refresh them.
        try (HistoryIndex index = HistoryIndex.open(dir)) {
          return result(health, index.stats());
        }
      }
      default -> {}
    }
    try (HistoryIndex index = CurrentIndex.open(app, dir, request.pack(), request.notices())) {
      return result(health, index.stats());
    } catch (IndexStorageException e) {
      // Damage the health check did not see (or that appeared since).
      return new Result(health, null, e.getMessage(), Map.of());
    }
  }
}
