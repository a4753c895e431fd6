package io.devpulse.app.internal;

import io.devpulse.app.Devpulse;
import io.devpulse.app.IndexNotices;
import io.devpulse.app.Reclassify;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexInUseException;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;

/**
 * Opens the index for reading with its classification in step with the rule files: items classified by
 * another rule set (the files changed since), and accounts judged by one, are classified again from
 * their stored data first. Costs two count queries when nothing changed — Drools is started only when
 * there is work — so a command opens the index once.
 */
public final class CurrentIndex {
  private CurrentIndex() {}

  public static HistoryIndex open(Devpulse app, Path indexDir, RulePack pack, IndexNotices notices) {
    HistoryIndex index = HistoryIndex.open(indexDir);
    long staleItems;
    long staleAccounts;
    try {
      staleItems = index.countItemsNotClassifiedBy(pack.fingerprint());
      staleAccounts = index.countAccountsNotJudgedBy(pack.fingerprint());
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    if (staleItems == 0 && staleAccounts == 0) {
      return index;
    }
    index.close();
    try {
      Reclassify.Result done = new Reclassify(app).run(new Reclassify.Request(indexDir, pack, false));
      notices.reclassified(done.items(), done.changed(), done.packOrigin());
    } catch (IndexInUseException e) {
      notices.staleButBusy(staleItems);
    }
    return HistoryIndex.open(indexDir);
  }
}
