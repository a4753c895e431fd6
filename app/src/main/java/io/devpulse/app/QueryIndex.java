package io.devpulse.app;

import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.HeldRepositories;
import io.devpulse.classify.Pack;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.SearchOptions;
import io.devpulse.index.SearchResult;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Answers a query in the index's syntax — the items, or their counts by a dimension — over a
 * classification in step with the rule files. A repository filter names a repository the index
 * holds (any case): a typo is an error, not {@code 0 of 0 items}.
 */
public final class QueryIndex {
  private final Devpulse app;

  public QueryIndex(Devpulse app) {
    this.app = app;
  }

  /**
   * Which index, under which rules, and what to ask.
   *
   * @param repositoryOrNull counts only this repository's items (the query may still name others)
   * @param answer the items, or their counts
   * @param notices hears that stale classifications were refreshed first
   */
  public record Request(
      Path indexDir,
      Pack pack,
      String query,
      Repository repositoryOrNull,
      Answer answer,
      IndexNotices notices) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(notices, "notices");
    }
  }

  /** What a query answers: the matching items, or how many match per value of a dimension. */
  public sealed interface Answer permits Items, Counts {}

  /** The matching items, as {@code options} sort and limit them. */
  public record Items(SearchOptions options) implements Answer {
    public Items {
      Objects.requireNonNull(options, "options");
    }
  }

  /** How many items match, per value of {@code by} (dates by {@code dateField} in {@code zone}). */
  public record Counts(CountBy by, DateField dateField, ZoneId zone) implements Answer {
    public Counts {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(zone, "zone");
    }
  }

  /**
   * @param itemsOrNull the items, when {@link Items} were asked for
   * @param countsOrNull the counts, when {@link Counts} were asked for
   */
  public record Result(SearchResult itemsOrNull, Map<String, Long> countsOrNull) {}

  public Result run(Request request) {
    try (HistoryIndex index =
        CurrentIndex.open(app, request.indexDir(), request.pack(), request.notices())) {
      checkHeld(index, request);
      return switch (request.answer()) {
        case Items i -> new Result(index.search(request.query(), i.options()), null);
        case Counts c ->
            new Result(
                null,
                index.countBy(
                    request.query(), request.repositoryOrNull(), c.by(), c.dateField(), c.zone()));
      };
    }
  }

  /**
   * A repository filter names a repository the index holds (any case): a typo is an error, not
   * zeros.
   */
  private static void checkHeld(HistoryIndex index, Request request) {
    Repository asked =
        request.answer() instanceof Items i && i.options().repository() != null
            ? i.options().repository()
            : request.repositoryOrNull();
    if (asked != null) {
      HeldRepositories.of(index).resolve(asked);
    }
  }
}
