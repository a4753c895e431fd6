package io.devpulse.rules;

import io.devpulse.model.Item;
import io.devpulse.rules.facts.Engagement;
import io.devpulse.rules.facts.ItemFact;
import io.devpulse.rules.facts.TermCount;
import io.devpulse.rules.facts.TermHit;
import io.devpulse.rules.internal.TermFileParser;
import io.devpulse.rules.internal.TermHitsCodec;
import io.devpulse.rules.internal.TermList;
import io.devpulse.rules.internal.TermMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An edit of a pack's term lists only (the DRL files the same): which items it can change. The
 * rules see an item through its facts; with the same DRL, an item's classification can change only
 * if the changed lists find other terms in it (or its history changes, which the caller follows).
 * {@link #touches} tells, by matching just the changed lists, old and new, against the item — no
 * Drools. Lists with login entries are not handled (they also decide bot verdicts, which feed every
 * item's facts), nor the same-problem list, read in comments ({@link Engagement}): {@link #between}
 * says empty for them, and for any other edit.
 */
public final class TermEdit {
  private final TermMatcher before;
  private final TermMatcher after;
  private final Set<String> changed;
  private final String beforeTermsFingerprint;
  private final String afterTermsFingerprint;

  private TermEdit(
      TermMatcher before,
      TermMatcher after,
      Set<String> changed,
      String beforeTermsFingerprint,
      String afterTermsFingerprint) {
    this.before = before;
    this.after = after;
    this.changed = changed;
    this.beforeTermsFingerprint = beforeTermsFingerprint;
    this.afterTermsFingerprint = afterTermsFingerprint;
  }

  /**
   * The edit from the pack whose DRL fingerprint is {@code beforeDrl} and whose {@code .txt} files
   * are {@code beforeTerms} (name → text) to {@code after}; empty when it is not a term-list-only
   * edit this class can judge.
   */
  public static Optional<TermEdit> between(
      String beforeDrl, Map<String, String> beforeTerms, RulePack after) {
    Objects.requireNonNull(after, "after");
    if (beforeDrl == null || beforeTerms == null || !beforeDrl.equals(after.drlFingerprint())) {
      return Optional.empty();
    }
    Map<String, String> afterTerms = new TreeMap<>();
    after
        .files()
        .forEach(
            (name, text) -> {
              if (name.endsWith(".txt")) {
                afterTerms.put(name, text);
              }
            });
    Set<String> names = new TreeSet<>(beforeTerms.keySet());
    names.addAll(afterTerms.keySet());
    List<TermList> oldLists = new ArrayList<>();
    List<TermList> newLists = new ArrayList<>();
    Set<String> changed = new TreeSet<>();
    for (String name : names) {
      String o = beforeTerms.get(name);
      String n = afterTerms.get(name);
      if (Objects.equals(o, n)) {
        continue;
      }
      if (name.equals(Engagement.SAME_PROBLEM_FILE)) {
        return Optional.empty(); // read in comments, which touches() does not see
      }
      changed.add(name);
      for (var pair :
          List.of(
              Map.entry(o == null ? "" : o, oldLists), Map.entry(n == null ? "" : n, newLists))) {
        // an added or removed file is an empty list on the side without it
        List<io.devpulse.rules.RuleProblem> problems = new ArrayList<>();
        TermList list =
            TermFileParser.parse(name, pair.getKey(), name.startsWith("terms/topics/"), problems);
        if (!problems.isEmpty() || hasLogins(list)) {
          return Optional.empty();
        }
        pair.getValue().add(list);
      }
    }
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TermEdit(
            new TermMatcher(oldLists),
            new TermMatcher(newLists),
            changed,
            RulePack.termsFingerprint(beforeTerms),
            RulePack.termsFingerprint(afterTerms)));
  }

  private static boolean hasLogins(TermList list) {
    for (TermList.Entry e : list.entries()) {
      switch (e.kind()) {
        case LOGIN, LOGIN_PREFIX, LOGIN_SUFFIX -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  /** The changed term files. */
  public Set<String> changedFiles() {
    return changed;
  }

  /**
   * Whether the changed lists find anything different in {@code item} (title, tags, body, labels,
   * paths; no comments, as items are classified). Thread-safe.
   */
  public boolean touches(Item item) {
    ItemFact fact = ItemFact.of(item, List.of(), false);
    return !keys(before.match(fact)).equals(keys(after.match(fact)));
  }

  /**
   * The stored term hits of an item this edit does not {@linkplain #touches touch}, made under the
   * term lists before the edit, stamped as made under the lists after it (they are the same hits);
   * null when {@code storedTermHits} were not made under the lists before the edit.
   */
  public byte[] restamp(byte[] storedTermHits) {
    return TermHitsCodec.restamp(storedTermHits, beforeTermsFingerprint, afterTermsFingerprint);
  }

  private static Set<String> keys(List<Object> facts) {
    Set<String> out = new HashSet<>();
    for (Object f : facts) {
      if (f instanceof TermHit h) {
        out.add(
            "h\u0000" + h.list() + '\u0000' + h.topic() + '\u0000' + h.field() + '\u0000' + h.term()
                + '\u0000' + h.entry());
      } else if (f instanceof TermCount c) {
        out.add(
            "c\u0000" + c.list() + '\u0000' + c.topic() + '\u0000' + c.field() + '\u0000'
                + c.terms());
      }
    }
    return out;
  }
}
