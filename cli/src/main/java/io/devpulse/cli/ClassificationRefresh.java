package io.devpulse.cli;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexInUseException;
import io.devpulse.rules.RulePack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Keeps the index's classification in step with the rule files: before a command reads the index, items
 * classified by another rule set (the files changed since) are classified again from their stored data,
 * and the command says so on stderr. Costs one count query when nothing changed — Drools is started only
 * when there is work.
 */
final class ClassificationRefresh {
  private ClassificationRefresh() {}

  /**
   * Opens the index for reading with its classification current: one count query when nothing changed,
   * so a command opens the index once; after a reclassification, the reopened index.
   */
  static HistoryIndex openCurrent(Path indexDir, RulePack pack, PrintStream err) {
    HistoryIndex index = HistoryIndex.open(indexDir);
    long stale;
    try {
      stale = index.countItemsNotClassifiedBy(pack.fingerprint());
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    if (stale == 0) {
      return index;
    }
    index.close();
    refresh(indexDir, pack, stale, err);
    return HistoryIndex.open(indexDir);
  }

  private static void refresh(Path indexDir, RulePack pack, long stale, PrintStream err) {
    try {
      long done = new Reclassifier(Clock.systemUTC())
          .reclassify(indexDir, RulesOption.compiled(pack), false);
      err.println(Messages.get("rules.reclassified", done, pack.origin()));
    } catch (IndexInUseException e) {
      err.println(Messages.get("rules.staleBusy", stale));
    }
  }
}
