package io.devpulse.app;

import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.HeldRepositories;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.SearchOptions;
import io.devpulse.index.SearchResult;
import io.devpulse.model.Repository;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Answers a query in the index's syntax — the items, or their counts by a dimension — over a
 * classification in step with the rule files. A repository filter names a repository the index holds
 * (any case): a typo is an error, not {@code 0 of 0 items}.
 */
public final class QueryIndex {
  private final Devpulse app;

  public QueryIndex(Devpulse app) {
    this.app = app;
  }

  /** Which index, under which rules, and what to ask. */
  public record Request(Path indexDir, RulePack pack, String query, Repository repositoryOrNull) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(query, "query");
    }
  }

  /** The matching items, as {@code options} sort and limit them. */
  public SearchResult search(Request request, SearchOptions options, IndexNotices notices) {
    try (HistoryIndex index = CurrentIndex.open(app, request.indexDir(), request.pack(), notices)) {
      if (options.repository() != null) {
        HeldRepositories.of(index).resolve(options.repository());
      }
      return index.search(request.query(), options);
    }
  }

  /** How many items match, per value of {@code by} (dates by {@code dateField} in {@code zone}). */
  public Map<String, Long> countBy(
      Request request, CountBy by, DateField dateField, ZoneId zone, IndexNotices notices) {
    try (HistoryIndex index = CurrentIndex.open(app, request.indexDir(), request.pack(), notices)) {
      if (request.repositoryOrNull() != null) {
        HeldRepositories.of(index).resolve(request.repositoryOrNull());
      }
      return index.countBy(request.query(), request.repositoryOrNull(), by, dateField, zone);
    }
  }
}
