package io.devpulse.rules;

import io.devpulse.model.MatchedTerm;
import io.devpulse.rules.internal.TermHitsCodec;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the term hits classification stores beside each item (the index's {@code term_hits}) as
 * plain {@link MatchedTerm}s, for readers outside the rule engine such as a report, which names
 * what the term lists found without matching the text again.
 */
public final class StoredTermHits {
  private StoredTermHits() {}

  /**
   * A reader of hits stored under {@code pack}'s term lists: hits stored under other lists (or
   * unreadable) read as none, since they may name terms the pack no longer has.
   */
  public static Function<byte[], List<MatchedTerm>> reader(RulePack pack) {
    String fingerprint = pack.termsFingerprint();
    return bytes -> {
      List<MatchedTerm> terms = TermHitsCodec.matchedTerms(bytes, fingerprint);
      return terms == null ? List.of() : terms;
    };
  }
}
