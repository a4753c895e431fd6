package io.devpulse.app.internal;

import io.devpulse.app.Devpulse;
import io.devpulse.app.IndexNotices;
import io.devpulse.classify.Engine;
import io.devpulse.classify.IndexClassification;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexCopy;
import io.devpulse.index.IndexStorageException;
import io.devpulse.index.ItemColumns;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens the index for a read command (query, stats, report, site) with the classification of the
 * rule files it was given. A read never writes the index: when items were classified (or accounts
 * judged) by other rules — the files changed since, or {@code --rules} names another pack to
 * preview — the command classifies a private copy of the index ({@link IndexCopy}, dropped when it
 * is closed) and reads that, saying so in one line; {@code devpulse classify} stores the
 * classification. So a preview never changes what the next command sees, a read-only or busy index
 * can still be read, and a term-list edit costs only the items it touches. Costs two count queries
 * when the rules are those of the index.
 */
public final class CurrentIndex {
  private CurrentIndex() {}

  /**
   * For a command that writes reports: tells {@code notices} when {@code index} lacks its authors'
   * associations as doc values (written by an earlier devpulse), so that a slow report says why and
   * what helps. Counts per segment, reads no document.
   */
  public static void checkAssociations(HistoryIndex index, IndexNotices notices) {
    if (!index.holdsAssociations()) {
      notices.associationsStoredOnly();
    }
  }

  public static HistoryIndex open(Devpulse app, Path indexDir, Pack pack, IndexNotices notices) {
    HistoryIndex index = HistoryIndex.open(indexDir);
    long staleItems;
    long staleAccounts;
    Map<String, String> committed;
    try {
      staleItems = index.countItemsNotClassifiedBy(pack.fingerprint());
      staleAccounts = index.countAccountsNotJudgedBy(pack.fingerprint());
      committed = index.commitData();
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    if (staleItems == 0 && staleAccounts == 0) {
      return index;
    }
    Engine engine = app.rules().engine(pack);
    IndexCopy copy;
    try {
      copy = IndexCopy.of(indexDir);
    } catch (IndexStorageException e) {
      notices.staleAsStored(staleItems); // no room for a copy: the stored classification, said so
      return index;
    }
    index.close();
    try (copy) {
      IndexClassification.Outcome done;
      try (HistoryIndex view = copy.update().reader()) {
        ItemColumns summaries = view.itemColumns();
        done = engine.settle(copy.update(), view, summaries, committed, false);
      }
      notices.reclassified(done.classified(), done.changed(), pack.origin());
      return copy.reader();
    }
  }
}
