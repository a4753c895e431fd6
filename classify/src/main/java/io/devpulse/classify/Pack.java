package io.devpulse.classify;

import io.devpulse.model.MatchedTerm;
import io.devpulse.model.PackMessages;
import io.devpulse.rules.PackPhrasing;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import io.devpulse.rules.StoredTermHits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule pack as loaded, as the engine's users hold it: what a use case that opens the index needs
 * of its rules without compiling them — where they came from, the fingerprint that tells a stale
 * index, and what a report says of the pack (phrasing, focus topic, review wait, the reader of the
 * term hits stored under its term lists) — in types of model, so that the index and the rules meet
 * only in this module. Compiled, it classifies as an {@link Engine} (app's rule cache makes one per
 * pack). A value: equal when the files and their origin are.
 */
public final class Pack {
  private final RulePack rules;

  private Pack(RulePack rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The pack of {@code rules}' files. */
  public static Pack of(RulePack rules) {
    return new Pack(rules);
  }

  /**
   * The pack to use: {@code rulesOption}, else {@code $DEVPULSE_HOME/rules}, else the built-in
   * pack; see {@link RulePacks#locate}.
   *
   * @throws io.devpulse.model.UserErrorException when {@code rulesOption} is not a readable
   *     directory
   */
  public static Pack locate(Path rulesOption, Map<String, String> env) {
    return new Pack(RulePacks.locate(rulesOption, env));
  }

  /** The pack in {@code dir}; see {@link RulePacks#load}. */
  public static Pack load(Path dir) {
    return new Pack(RulePacks.load(dir));
  }

  /** The pack shipped in the jar. */
  public static Pack builtIn() {
    return new Pack(RulePacks.builtIn());
  }

  /**
   * The pack's files, for what runs the rules alone (compiling them, checking them, their cases): a
   * class that also uses the index hands the pack to the engine instead.
   */
  public RulePack rules() {
    return rules;
  }

  /** {@code built-in} or the directory's absolute path. */
  public String origin() {
    return rules.origin();
  }

  /**
   * What the stored classifications of an index are compared with ({@link RulePack#fingerprint}):
   * items or accounts stored under another are stale for this pack.
   */
  public String fingerprint() {
    return rules.fingerprint();
  }

  /** How the pack words its rules, topics, priorities and findings in each report language. */
  public PackMessages phrasing() {
    return PackPhrasing.messages(rules);
  }

  /** The topic the pack puts in focus ({@code pack.properties}); empty when it names none. */
  public Optional<String> focusTopic() {
    return PackTerms.of(rules).focusTopic();
  }

  /** How long a pull request may wait for its first human review; empty when the pack sets none. */
  public Optional<Duration> reviewWait() {
    return PackTerms.of(rules).reviewWait();
  }

  /**
   * The plain terms (tags, words, phrases) of topic list {@code topic}, once each, in file order.
   */
  public Set<String> topicTerms(String topic) {
    return PackTerms.of(rules).topicTerms(topic);
  }

  /** The login suffixes of topic list {@code topic} (e.g. {@code -amd}). */
  public Set<String> topicLoginSuffixes(String topic) {
    return PackTerms.of(rules).topicLoginSuffixes(topic);
  }

  /**
   * A reader of the term hits classification stored beside each item, as far as they were stored
   * under this pack's term lists (others read as none); see {@link StoredTermHits#reader}.
   */
  public Function<byte[], List<MatchedTerm>> storedTermHits() {
    return StoredTermHits.reader(rules);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pack p && p.rules.equals(rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  @Override
  public String toString() {
    return rules.toString();
  }
}
