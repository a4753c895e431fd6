package io.devpulse.app.internal;

import io.devpulse.model.BotPolicy;
import io.devpulse.model.Coverage;
import io.devpulse.model.PackMessages;
import io.devpulse.report.AmdChecks;
import io.devpulse.report.ReportContext;
import io.devpulse.report.ReportRequest;
import io.devpulse.rules.PackPhrasing;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.StoredTermHits;
import java.util.List;

/**
 * The one place a report's {@link ReportContext} is derived: bots as the index judged them, the
 * focus topic, what its section looks for, the pack's phrasing, the reader of its stored term hits
 * and how long a pull request may wait for a review from the rule pack, coverage from the index's
 * ledger — so an edited pack shows in the report, and every report of a run is judged alike. The
 * read use cases get the pack's configuration only here: it opens no index, so they, which do, hold
 * of the rules only the pack as loaded.
 */
public final class ReportContexts {
  private ReportContexts() {}

  /**
   * @param bots the index's bot verdicts ({@code HistoryIndex.botPolicy()})
   * @param coverage what the index holds for the report's repositories
   */
  public static ReportContext of(BotPolicy bots, RulePack pack, Coverage coverage) {
    PackTerms terms = PackTerms.of(pack);
    String focus = focusTopicOrNull(pack);
    AmdChecks checks =
        focus == null
            ? new AmdChecks(List.of(), List.of())
            : new AmdChecks(
                List.copyOf(terms.topicTerms(focus)), List.copyOf(terms.topicLoginSuffixes(focus)));
    return new ReportContext(
        bots,
        focus,
        checks,
        coverage,
        phrasing(pack),
        StoredTermHits.reader(pack),
        terms.reviewWait().orElse(ReportRequest.DEFAULT_REVIEW_WAIT));
  }

  /**
   * How {@code pack} words its rules, topics, priorities and findings: the phrasing of a report, a
   * release report and the site.
   */
  public static PackMessages phrasing(RulePack pack) {
    return PackPhrasing.messages(pack);
  }

  /** The topic {@code pack} puts in focus (the site's AMD/ROCm page); null when it names none. */
  public static String focusTopicOrNull(RulePack pack) {
    return PackTerms.of(pack).focusTopic().orElse(null);
  }
}
