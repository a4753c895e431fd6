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
  // The entries of the changed lists that are not on both sides (null: the lists' common entries
  // are not in the same order, or a list repeats an entry, so any entry may decide otherwise).
  private final TermMatcher differing;
  private final boolean entriesDiffer;
  // The first words of the differing entries when all are words, phrases or tags of ASCII letters
  // and digits (what an item's raw text is searched for before its Markdown is read); else null.
  private final String[] firstWords;
  private final Set<String> changed;
  private final byte[] beforeHeader;
  private final byte[] afterHeader;

  private TermEdit(
      TermMatcher before,
      TermMatcher after,
      TermMatcher differing,
      boolean entriesDiffer,
      String[] firstWords,
      Set<String> changed,
      String beforeTermsFingerprint,
      String afterTermsFingerprint) {
    this.before = before;
    this.after = after;
    this.differing = differing;
    this.entriesDiffer = entriesDiffer;
    this.firstWords = firstWords;
    this.changed = changed;
    this.beforeHeader = TermHitsCodec.header(beforeTermsFingerprint);
    this.afterHeader = TermHitsCodec.header(afterTermsFingerprint);
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
    List<TermList> differingLists = new ArrayList<>();
    boolean sameOrder = true;
    boolean entriesDiffer = false;
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
      TermList oldList = oldLists.getLast();
      List<TermList.Entry> only = onlyOnOneSide(oldList, newLists.getLast());
      if (only == null) {
        sameOrder = false;
      } else {
        entriesDiffer |= !only.isEmpty();
        differingLists.add(new TermList(oldList.name(), oldList.file(), oldList.topic(), only));
      }
    }
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TermEdit(
            new TermMatcher(oldLists),
            new TermMatcher(newLists),
            sameOrder ? new TermMatcher(differingLists) : null,
            !sameOrder || entriesDiffer,
            sameOrder ? RawText.firstWords(differingLists) : null,
            changed,
            RulePack.termsFingerprint(beforeTerms),
            RulePack.termsFingerprint(afterTerms)));
  }

  /**
   * The entries of {@code o} and {@code n} (one list before and after the edit) that are not on
   * both sides, by what they match ({@link TermList.Entry#describe}: kind and value); null when an
   * entry is on a side twice or the entries on both sides are not in the same order there (the
   * first of two entries matching the same term is the one a hit names).
   */
  private static List<TermList.Entry> onlyOnOneSide(TermList o, TermList n) {
    Set<String> oldEntries = new HashSet<>();
    Set<String> newEntries = new HashSet<>();
    for (TermList.Entry e : o.entries()) {
      if (!oldEntries.add(e.describe())) {
        return null;
      }
    }
    for (TermList.Entry e : n.entries()) {
      if (!newEntries.add(e.describe())) {
        return null;
      }
    }
    List<String> oldCommon = new ArrayList<>();
    List<TermList.Entry> only = new ArrayList<>();
    for (TermList.Entry e : o.entries()) {
      if (newEntries.contains(e.describe())) {
        oldCommon.add(e.describe());
      } else {
        only.add(e);
      }
    }
    List<String> newCommon = new ArrayList<>();
    for (TermList.Entry e : n.entries()) {
      if (oldEntries.contains(e.describe())) {
        newCommon.add(e.describe());
      } else {
        only.add(e);
      }
    }
    return oldCommon.equals(newCommon) ? only : null;
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
   * Whether the edit can touch any item: false when the changed lists have the same entries in the
   * same order before and after (a comment, a blank line or an entry's line moved among others that
   * match nothing alike), so that {@link #touches} is false for every item and no item needs to be
   * read to know it.
   */
  public boolean entriesDiffer() {
    return entriesDiffer;
  }

  /**
   * Whether the changed lists find anything different in {@code item} (title, tags, body, labels,
   * paths; no comments, as items are classified). Thread-safe.
   */
  public boolean touches(Item item) {
    if (!entriesDiffer) {
      return false;
    }
    if (firstWords != null && !RawText.mayHaveAny(item, firstWords)) {
      return false;
    }
    ItemFact fact = ItemFact.of(item, List.of(), false);
    // Where no entry that is on one side only matches, both sides make the same hits in the same
    // order (the entries on both sides are in the same order): only the few differing entries are
    // matched first, the two whole lists only where one of them finds something.
    if (differing != null && differing.match(fact).isEmpty()) {
      return false;
    }
    return !keys(before.match(fact)).equals(keys(after.match(fact)));
  }

  /**
   * The stored term hits of an item this edit does not {@linkplain #touches touch}, made under the
   * term lists before the edit, stamped as made under the lists after it (they are the same hits);
   * null when {@code storedTermHits} were not made under the lists before the edit.
   */
  public byte[] restamp(byte[] storedTermHits) {
    return TermHitsCodec.restamp(storedTermHits, beforeHeader, afterHeader);
  }

  /** Whether {@link #restamp} gives bytes for {@code storedTermHits} (no copy made). */
  public boolean restamps(byte[] storedTermHits) {
    return TermHitsCodec.startsWith(storedTermHits, beforeHeader);
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
