package io.devpulse.classify;

import io.devpulse.index.AccountVerdict;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.ItemColumns;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.TermEdit;
import java.util.List;
import java.util.Map;

/**
 * The engine's entry for items already stored: brings an index's classification and bot verdicts in
 * line with a rule pack ({@link #settle}), or says what that would change without writing ({@link
 * #preview}). Both know the rules that last classified the index from its commit data ({@link
 * RulesCommitData}), so a term-list-only edit runs the rules only on the items it touches.
 */
public final class IndexClassification {
  private IndexClassification() {}

  /**
   * What {@link #settle} did.
   *
   * @param classified how many items the rules classified (each once, however often its history
   *     made them run)
   * @param changed how many items' classification changed (topics, priority or evidence) and were
   *     re-put
   * @param textsMatched how many items' text was matched against the term lists again
   */
  public record Outcome(long classified, long changed, long textsMatched) {}

  /**
   * Classifies the stored items of {@code view} with {@code rules} (those of other rules, and those
   * whose history that changes; every item with {@code all}), re-puts the changed ones into {@code
   * update} and judges the accounts again. Nothing is committed: the caller commits (with {@link
   * RulesCommitData#of}) or reads {@code update}'s uncommitted state.
   *
   * @param view {@code update}'s reader
   * @param summaries {@code view.itemColumns()}, read by the caller (e.g. while the rules compiled)
   * @param committed the user data of the commit {@code view} started from
   */
  public static Outcome settle(
      CompiledRules rules,
      IndexUpdate update,
      HistoryIndex view,
      ItemColumns summaries,
      Map<String, String> committed,
      boolean all) {
    String fingerprint = rules.fingerprint();
    // A term-list edit of the rules the last commit recorded: the rules run only where it matters.
    String editedFrom = RulesCommitData.fingerprint(committed).orElse(null);
    TermEdit edit = RulesCommitData.termEdit(committed, rules.pack()).orElse(null);
    ClassificationPass.Result result =
        new ClassificationPass(rules, view).run(summaries, all, edit, editedFrom);
    BatchClassification.write(update, view, result);
    List<AccountVerdict> verdicts = view.accountVerdicts();
    if (edit != null
        && !verdicts.isEmpty()
        && verdicts.stream().allMatch(v -> v.fingerprint().equals(editedFrom))
        && view.countAccountsNotJudgedBy(editedFrom) == 0) {
      // A term edit without login lists cannot change a bot verdict: record the new rules on each.
      for (AccountVerdict v : verdicts) {
        update.put(new AccountVerdict(v.account(), v.bot(), v.rule(), fingerprint));
      }
    } else {
      AccountJudge accounts = new AccountJudge(rules);
      accounts.seeAll(view.authors());
      verdicts.stream().map(AccountVerdict::account).forEach(accounts::see);
      accounts.storeIn(update);
    }
    // Items, not runs: "classified 193,505 items" on a 100,000-item index counted history re-runs.
    return new Outcome(result.itemsClassified(), result.changes().size(), result.textsMatched());
  }

  /**
   * What {@code rules} would make of every item of {@code index} (as {@link #settle} would, nothing
   * written): the changes, and each item's classification and history facts under these rules.
   */
  public static ClassificationPass.Result preview(CompiledRules rules, HistoryIndex index) {
    Map<String, String> committed = index.commitData();
    return new ClassificationPass(rules, index)
        .run(
            false,
            RulesCommitData.termEdit(committed, rules.pack()).orElse(null),
            RulesCommitData.fingerprint(committed).orElse(null));
  }
}
