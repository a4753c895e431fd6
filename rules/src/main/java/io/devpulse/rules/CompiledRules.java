package io.devpulse.rules;

import io.devpulse.rules.internal.TermMatcher;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;

/**
 * A compiled rule pack: the Drools rule base and the term matcher. Thread-safe and meant to live as
 * long as the process; make a {@link Classifier} per thread from it.
 */
public final class CompiledRules {
  /** Default bound on rule firings per item; reaching it is reported as an endless loop. */
  public static final int DEFAULT_MAX_FIRINGS = 10_000;

  private final RulePack pack;
  private final KieBase kieBase;
  private final TermMatcher matcher;
  private final List<String> topics;
  private final List<String> ruleNames;
  private final Set<String> historyRules;
  private final Set<String> priorityReaders;
  private final String fingerprint;
  private final String termsFingerprint;

  CompiledRules(
      RulePack pack,
      KieBase kieBase,
      TermMatcher matcher,
      List<String> topics,
      List<String> ruleNames,
      Set<String> historyRules,
      Set<String> priorityReaders) {
    this.pack = Objects.requireNonNull(pack);
    this.kieBase = Objects.requireNonNull(kieBase);
    this.matcher = Objects.requireNonNull(matcher);
    this.topics = List.copyOf(topics);
    this.ruleNames = List.copyOf(ruleNames);
    this.historyRules = Collections.unmodifiableSet(new TreeSet<>(historyRules));
    this.priorityReaders = Collections.unmodifiableSet(new TreeSet<>(priorityReaders));
    this.fingerprint = pack.fingerprint();
    this.termsFingerprint = pack.termsFingerprint();
  }

  public RulePack pack() {
    return pack;
  }

  /** The pack's {@link RulePack#fingerprint()}, computed once. */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * The pack's {@link RulePack#termsFingerprint()}, computed once: what stored term hits are valid
   * for.
   */
  public String termsFingerprint() {
    return termsFingerprint;
  }

  /**
   * The topic lists' names ({@code terms/topics/*.txt}), sorted: the topics rules are expected to
   * use.
   */
  public List<String> topics() {
    return topics;
  }

  /** Every rule's name, sorted. */
  public List<String> ruleNames() {
    return ruleNames;
  }

  /**
   * The names of the rules that read history (match an {@code AuthorHistory} or {@code
   * LabelHistory}), sorted: a topic only these give an item is {@linkplain
   * io.devpulse.model.Classification#inferred() inferred}.
   */
  public Set<String> historyRules() {
    return historyRules;
  }

  /**
   * The names of the rules whose conditions read other rules' {@link
   * io.devpulse.rules.facts.PriorityHit}s (as {@code priority: a maintainer answered} does): they
   * say something about a level other rules gave, so their reasons come after those rules' at the
   * same level — an item's first reason is why it has its level.
   */
  public Set<String> priorityReaders() {
    return priorityReaders;
  }

  /** A classifier bounding firings at {@link #DEFAULT_MAX_FIRINGS} per item. */
  public Classifier newClassifier() {
    return new Classifier(this, DEFAULT_MAX_FIRINGS);
  }

  /**
   * A classifier bounding firings at {@link #DEFAULT_MAX_FIRINGS} per item and time by {@code
   * budget}.
   */
  public Classifier newClassifier(RuleBudget budget) {
    return new Classifier(this, DEFAULT_MAX_FIRINGS, budget);
  }

  /** A classifier bounding firings at {@code maxFirings} per item. */
  public Classifier newClassifier(int maxFirings) {
    if (maxFirings <= 0) {
      throw new IllegalArgumentException("maxFirings (" + maxFirings + ") must be positive");
    }
    return new Classifier(this, maxFirings);
  }

  KieBase kieBase() {
    return kieBase;
  }

  TermMatcher matcher() {
    return matcher;
  }
}
