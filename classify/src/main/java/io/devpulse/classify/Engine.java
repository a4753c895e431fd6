package io.devpulse.classify;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.ItemColumns;
import io.devpulse.rules.CompiledRules;
import java.util.Map;
import java.util.Objects;

/**
 * A rule pack compiled, as a use case classifies with it: the one handle app holds, so that the
 * index and the rule engine meet only in this module. Each method is the entry of one kind of work
 * — a unit of work's new items ({@link #batch}), its accounts ({@link #accountJudge}), the stored
 * items brought in line ({@link #settle}) or previewed ({@link #preview}), items of files that are
 * not stored ({@link #dryRunWithHistoryOf}) — and {@link #commitData} what a commit records of the
 * rules. Immutable and cheap: it only holds the compiled rules, which are shared and thread-safe.
 */
public final class Engine {
  private final CompiledRules rules;

  /**
   * @param rules the pack compiled (app's cache compiles each pack once per process)
   */
  public Engine(CompiledRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The rules' fingerprint, stored with every item they classify. */
  public String fingerprint() {
    return rules.fingerprint();
  }

  /** Classifies the items of one unit of work (an import, a sync's pages): close it when done. */
  public BatchClassification batch() {
    return new BatchClassification(rules);
  }

  /**
   * As {@link #batch()}, classifying the items it is {@linkplain BatchClassification#offer offered}
   * on {@code workers} threads of its own.
   */
  public BatchClassification batch(int workers) {
    return new BatchClassification(rules, workers);
  }

  /** Judges the accounts a unit of work stores, bot or human. */
  public AccountJudge accountJudge() {
    return new AccountJudge(rules);
  }

  /** The commit data for an index whose every item these rules classified. */
  public Map<String, String> commitData() {
    return RulesCommitData.of(rules);
  }

  /**
   * Brings the stored items of {@code view} and its accounts in line with these rules, nothing
   * committed: see {@link IndexClassification#settle}.
   */
  public IndexClassification.Outcome settle(
      IndexUpdate update,
      HistoryIndex view,
      ItemColumns summaries,
      Map<String, String> committed,
      boolean all) {
    return IndexClassification.settle(rules, update, view, summaries, committed, all);
  }

  /**
   * What these rules would make of every item of {@code index}, nothing written: see {@link
   * IndexClassification#preview}.
   */
  public ClassificationPass.Result preview(HistoryIndex index) {
    return IndexClassification.preview(rules, index);
  }

  /**
   * Items classified without storing them, with the history of the items of {@code indexOrNull}
   * (none without an index): see {@link DryRun#withHistoryOf}.
   */
  public DryRun dryRunWithHistoryOf(HistoryIndex indexOrNull) {
    return DryRun.withHistoryOf(rules, indexOrNull);
  }

  /** Items classified with the facts the caller gives: see {@link DryRun#withoutHistory}. */
  public DryRun dryRunWithoutHistory() {
    return DryRun.withoutHistory(rules);
  }
}
