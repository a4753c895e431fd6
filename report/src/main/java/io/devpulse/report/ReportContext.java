package io.devpulse.report;

import io.devpulse.model.BotPolicy;
import io.devpulse.model.Coverage;
import io.devpulse.model.MatchedTerm;
import io.devpulse.model.PackMessages;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a report is judged against besides what the user asked ({@link ReportRequest}): derived from
 * the index and the rule pack by the application for each report, never defaulted, so a report
 * cannot silently fall back to other bots, another focus topic or a coverage claim nothing backs.
 *
 * @param bots who is a bot: the rules' verdicts stored in the index, over GitHub's type flag
 * @param focusTopicOrNull the topic the rule pack puts in focus, which the AMD/ROCm section reports
 *     on ({@code amd-rocm} in the built-in pack); null when the pack names none (the section finds
 *     nothing)
 * @param amdChecks what that section says it looked for: the focus topic list's plain terms and
 *     login suffixes
 * @param coverage what the index holds for the window and its history ({@link Coverage#UNKNOWN}: no
 *     claim)
 * @param phrasing how the rule pack words its rules, topics, priorities and findings in each
 *     language ({@link PackMessages#NONE}: the report's own words and the rules' names)
 * @param termHits reads the term hits stored beside an item (bytes from {@code
 *     HistoryIndex.termHits}) as the pack's term lists found them; none for hits of other lists
 * @param reviewWait how long a pull request may wait for its first human review before the
 *     needs-attention section lists it, as the rule pack sets it ({@code attention.review-wait} of
 *     its {@code pack.properties}; {@link ReportRequest#DEFAULT_REVIEW_WAIT} when it sets none); a
 *     request's own wait ({@code --review-wait}) overrides it
 */
public record ReportContext(
    BotPolicy bots,
    String focusTopicOrNull,
    AmdChecks amdChecks,
    Coverage coverage,
    PackMessages phrasing,
    Function<byte[], List<MatchedTerm>> termHits,
    Duration reviewWait) {
  public ReportContext {
    Objects.requireNonNull(bots, "bots");
    if (focusTopicOrNull != null && focusTopicOrNull.isBlank()) {
      throw new IllegalArgumentException(
          "focus topic (" + focusTopicOrNull + ") must not be blank");
    }
    Objects.requireNonNull(amdChecks, "amdChecks");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(phrasing, "phrasing");
    Objects.requireNonNull(termHits, "termHits");
    Objects.requireNonNull(reviewWait, "reviewWait");
    if (reviewWait.isNegative() || reviewWait.compareTo(ReportRequest.MAX_REVIEW_WAIT) > 0) {
      throw new IllegalArgumentException(
          "review wait (" + reviewWait + ") must be between 0 and 3650 days");
    }
  }
}
