package io.devpulse.app;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.Uninterruptibles;
import io.devpulse.classify.CommitKeys;
import io.devpulse.classify.Engine;
import io.devpulse.classify.IndexClassification;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.ItemColumns;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Classifies the items already in the index again, from their stored data (no re-fetch), in
 * creation order with their history (the engine's {@link IndexClassification#settle}), and judges
 * every account again, then commits once: the rules run on the items a different rule set
 * classified (or all), and on those whose history that changed; only items whose classification
 * changed are re-indexed. A rule that fails leaves the index as it was.
 */
public final class Reclassify {
  private final Devpulse app;

  public Reclassify(Devpulse app) {
    this.app = app;
  }

  /**
   * @param all classify every item again, not only those of other rule sets
   */
  public record Request(Path indexDir, Pack pack, boolean all) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
    }
  }

  /**
   * What a reclassification did.
   *
   * @param items how many items the rules classified (each once, however often its history made
   *     them run)
   * @param changed how many items' classification changed (topics, priority or evidence) and were
   *     re-put
   * @param textsMatched how many items' text was matched against the term lists again (the others
   *     reused their stored term hits)
   * @param packOrigin where the rules came from
   */
  public record Result(long items, long changed, long textsMatched, String packOrigin) {}

  private static void waitFor(FutureTask<?> task) {
    try {
      await(task);
    } catch (RuntimeException | Error ignored) {
      // the caller is failing already, with a better reason
    }
  }

  private static <T> T await(FutureTask<T> task) {
    try {
      return Uninterruptibles.getUninterruptibly(task);
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    }
  }

  public Result run(Request request) {
    Map<String, String> committed;
    try (HistoryIndex before =
        HistoryIndex.open(request.indexDir())) { // "no index" rather than a new one
      committed = before.commitData();
    }
    // The writer first: it takes the lock, so what it reads cannot change under us. The index's
    // item
    // summaries are read while the rules compile (a second of Drools that would otherwise wait
    // alone).
    try (IndexUpdate update = IndexUpdate.open(request.indexDir());
        HistoryIndex index = update.reader()) {
      FutureTask<ItemColumns> summaries = new FutureTask<>(index::itemColumns);
      Thread.ofPlatform().name("devpulse-read-summaries").start(summaries);
      Engine engine;
      try {
        engine = app.rules().engine(request.pack());
      } catch (RuntimeException | Error e) {
        waitFor(summaries); // never close the reader while another thread reads it
        throw e;
      }
      return reclassify(request, committed, engine, update, index, await(summaries));
    }
  }

  private Result reclassify(
      Request request,
      Map<String, String> committed,
      Engine engine,
      IndexUpdate update,
      HistoryIndex index,
      ItemColumns summaries) {
    IndexClassification.Outcome done =
        engine.settle(update, index, summaries, committed, request.all());
    Map<String, String> data = new HashMap<>(engine.commitData());
    data.put(CommitKeys.LAST_CLASSIFY, app.clock().instant().toString());
    update.commit(data);
    return new Result(
        done.classified(), done.changed(), done.textsMatched(), request.pack().origin());
  }
}
