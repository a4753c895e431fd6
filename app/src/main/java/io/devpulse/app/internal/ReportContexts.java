package io.devpulse.app.internal;

import io.devpulse.classify.Pack;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Coverage;
import io.devpulse.report.AmdChecks;
import io.devpulse.report.ReportContext;
import io.devpulse.report.ReportRequest;
import java.util.List;

/**
 * The one place a report's {@link ReportContext} is derived: bots as the index judged them, the
 * focus topic, what its section looks for, the pack's phrasing, the reader of its stored term hits
 * and how long a pull request may wait for a review from the rule pack, coverage from the index's
 * ledger — so an edited pack shows in the report, and every report of a run is judged alike. What
 * the pack says is read through the engine's {@link Pack}, which names no type of the rules.
 */
public final class ReportContexts {
  private ReportContexts() {}

  /**
   * @param bots the index's bot verdicts ({@code HistoryIndex.botPolicy()})
   * @param coverage what the index holds for the report's repositories
   */
  public static ReportContext of(BotPolicy bots, Pack pack, Coverage coverage) {
    String focus = pack.focusTopic().orElse(null);
    AmdChecks checks =
        focus == null
            ? new AmdChecks(List.of(), List.of())
            : new AmdChecks(
                List.copyOf(pack.topicTerms(focus)), List.copyOf(pack.topicLoginSuffixes(focus)));
    return new ReportContext(
        bots,
        focus,
        checks,
        coverage,
        pack.phrasing(),
        pack.storedTermHits(),
        pack.reviewWait().orElse(ReportRequest.DEFAULT_REVIEW_WAIT));
  }
}
