package io.devpulse.rules.internal;

import com.google.re2j.Pattern;
import io.devpulse.rules.facts.Field;
import io.devpulse.rules.facts.ItemFact;
import io.devpulse.rules.facts.TermCount;
import io.devpulse.rules.facts.TermHit;
import io.devpulse.rules.facts.internal.TextCleaner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All term lists of a pack compiled into lookup tables, so that an item is matched against every
 * list in one pass per field: each word of the title, body and comments is looked up once (words
 * and phrases by their first word, regexes by the whole word, with a cache), labels, login and
 * paths likewise. Thread-safe.
 */
public final class TermMatcher {
  private record Phrase(int list, String[] tokens, String entry) {}

  private record Ref(int list, String value, String entry) {}

  private record Regex(int list, Pattern pattern, String entry) {}

  private static final int REGEX_CACHE_LIMIT = 100_000;

  private final String[] names;
  private final boolean[] topic;
  private final Map<String, List<Phrase>> words = new HashMap<>();
  private final Map<String, List<Phrase>> tagWords = new HashMap<>();
  private final List<Regex> regexes = new ArrayList<>();
  private final Map<String, List<Ref>> labels = new HashMap<>();
  private final Map<String, List<Ref>> logins = new HashMap<>();
  private final List<Ref> loginPrefixes = new ArrayList<>();
  private final List<Ref> loginSuffixes = new ArrayList<>();
  private final List<Ref> paths = new ArrayList<>();
  private final Map<String, List<Regex>> regexCache = new ConcurrentHashMap<>();

  public TermMatcher(List<TermList> lists) {
    names = new String[lists.size()];
    topic = new boolean[lists.size()];
    for (int l = 0; l < lists.size(); l++) {
      TermList list = lists.get(l);
      names[l] = list.name();
      topic[l] = list.topic();
      for (TermList.Entry e : list.entries()) {
        String entry = e.describe();
        switch (e.kind()) {
          case WORD, PHRASE ->
              words
                  .computeIfAbsent(e.tokens().get(0), k -> new ArrayList<>())
                  .add(new Phrase(l, e.tokens().toArray(String[]::new), entry));
          case TAG ->
              tagWords
                  .computeIfAbsent(e.tokens().get(0), k -> new ArrayList<>())
                  .add(new Phrase(l, e.tokens().toArray(String[]::new), entry));
          case REGEX ->
              regexes.add(
                  new Regex(l, Pattern.compile(e.value(), Pattern.CASE_INSENSITIVE), entry));
          case LABEL ->
              labels
                  .computeIfAbsent(e.value(), k -> new ArrayList<>())
                  .add(new Ref(l, e.value(), entry));
          case LOGIN ->
              logins
                  .computeIfAbsent(e.value(), k -> new ArrayList<>())
                  .add(new Ref(l, e.value(), entry));
          case LOGIN_PREFIX -> loginPrefixes.add(new Ref(l, e.value(), entry));
          case LOGIN_SUFFIX -> loginSuffixes.add(new Ref(l, e.value(), entry));
          case PATH -> paths.add(new Ref(l, e.value(), entry));
        }
      }
    }
  }

  /**
   * Every term of every list found in {@code item}: distinct {@link TermHit}s, then one {@link
   * TermCount} per list and field.
   */
  public List<Object> match(ItemFact item) {
    Collector c = new Collector(item);
    scan(Tokens.of(item.title()), Field.TITLE, words, c);
    for (String tag : item.rawTags()) {
      scanTag(tag, c);
    }
    scan(Tokens.of(item.body()), Field.BODY, words, c);
    for (String comment : item.comments()) {
      scan(Tokens.of(comment), Field.COMMENT, words, c);
    }
    for (String label : item.labels()) {
      for (Ref r : labels.getOrDefault(TextCleaner.lower(label), List.of())) {
        c.add(r.list, Field.LABEL, label, r.entry);
      }
    }
    String login = item.author();
    matchLogin(login, (l, entry) -> c.add(l, Field.LOGIN, login, entry));
    for (String path : item.paths()) {
      String lower = TextCleaner.lower(path);
      for (Ref r : paths) {
        if (lower.contains(r.value)) {
          c.add(r.list, Field.PATH, path, r.entry);
        }
      }
    }
    return c.facts();
  }

  /**
   * The first term of list {@code listName} (words, phrases, regexes) in {@code text}, as written
   * there; empty when none matches or the pack has no such list. For text that is not an item's
   * field (a comment read for engagement).
   */
  public Optional<String> firstTerm(String listName, String text) {
    int list = -1;
    for (int l = 0; l < names.length; l++) {
      if (names[l].equals(listName)) {
        list = l;
      }
    }
    if (list < 0) {
      return Optional.empty();
    }
    Tokens t = Tokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      for (Phrase p : words.getOrDefault(t.word(i), List.of())) {
        if (p.list == list && matchesAt(t, i, p.tokens)) {
          return Optional.of(t.original(i, i + p.tokens.length - 1));
        }
      }
      for (Regex r : regexes.isEmpty() ? List.<Regex>of() : regexHits(t.word(i))) {
        if (r.list == list) {
          return Optional.of(t.original(i, i));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The word, phrase and regex terms of every list found in {@code text} (one sentence): list name
   * → the distinct terms as written, in the order found.
   */
  public Map<String, List<String>> matchText(String text) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Tokens t = Tokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      List<Phrase> ps = words.get(t.word(i));
      if (ps != null) {
        for (Phrase p : ps) {
          if (matchesAt(t, i, p.tokens)) {
            addTerm(out, names[p.list], t.original(i, i + p.tokens.length - 1));
          }
        }
      }
      if (!regexes.isEmpty()) {
        for (Regex r : regexHits(t.word(i))) {
          addTerm(out, names[r.list], t.original(i, i));
        }
      }
    }
    return out.isEmpty() ? Map.of() : out;
  }

  private static void addTerm(Map<String, List<String>> out, String list, String term) {
    List<String> terms = out.computeIfAbsent(list, k -> new ArrayList<>(2));
    if (!terms.contains(term)) {
      terms.add(term);
    }
  }

  /**
   * List name → the first entry of that list matching {@code login} (login, login-prefix,
   * login-suffix).
   */
  public Map<String, String> matchLogin(String login) {
    Map<String, String> out = new LinkedHashMap<>();
    matchLogin(login, (l, entry) -> out.putIfAbsent(names[l], entry));
    return out;
  }

  private interface LoginSink {
    void hit(int list, String entry);
  }

  private void matchLogin(String login, LoginSink sink) {
    String lower = TextCleaner.lower(login);
    for (Ref r : logins.getOrDefault(lower, List.of())) {
      sink.hit(r.list, r.entry);
    }
    for (Ref r : loginPrefixes) {
      if (lower.startsWith(r.value)) {
        sink.hit(r.list, r.entry);
      }
    }
    for (Ref r : loginSuffixes) {
      if (lower.endsWith(r.value)) {
        sink.hit(r.list, r.entry);
      }
    }
  }

  private void scanTag(String tag, Collector c) {
    Tokens t = Tokens.of(tag);
    for (int i = 0; i < t.size(); i++) {
      for (Phrase p : tagWords.getOrDefault(t.word(i), List.of())) {
        if (matchesAt(t, i, p.tokens)) {
          c.add(p.list, Field.TAG, tag, p.entry);
        }
      }
    }
  }

  private void scan(Tokens t, Field field, Map<String, List<Phrase>> index, Collector c) {
    for (int i = 0; i < t.size(); i++) {
      String w = t.word(i);
      List<Phrase> ps = index.get(w);
      if (ps != null) {
        for (Phrase p : ps) {
          if (matchesAt(t, i, p.tokens)) {
            c.add(p.list, field, t.original(i, i + p.tokens.length - 1), p.entry);
          }
        }
      }
      if (!regexes.isEmpty()) {
        for (Regex r : regexHits(w)) {
          c.add(r.list, field, t.original(i, i), r.entry);
        }
      }
    }
  }

  private List<Regex> regexHits(String word) {
    List<Regex> hit = regexCache.get(word);
    if (hit != null) {
      return hit;
    }
    List<Regex> found = new ArrayList<>(0);
    for (Regex r : regexes) {
      if (r.pattern.matcher(word).matches()) {
        found.add(r);
      }
    }
    hit = found.isEmpty() ? List.of() : List.copyOf(found);
    if (regexCache.size() > REGEX_CACHE_LIMIT) {
      regexCache.clear();
    }
    regexCache.put(word, hit);
    return hit;
  }

  private static boolean matchesAt(Tokens t, int i, String[] tokens) {
    if (i + tokens.length > t.size()) {
      return false;
    }
    for (int k = 1; k < tokens.length; k++) {
      if (!t.word(i + k).equals(tokens[k])) {
        return false;
      }
    }
    return true;
  }

  /** Gathers distinct hits per (list, field, lower-case term) in the order found. */
  private final class Collector {
    private final ItemFact item;
    private final Map<Long, Map<String, TermHit>> byListField = new LinkedHashMap<>();

    Collector(ItemFact item) {
      this.item = item;
    }

    void add(int list, Field field, String term, String entry) {
      long key = ((long) list << 8) | field.ordinal();
      byListField
          .computeIfAbsent(key, k -> new LinkedHashMap<>())
          .putIfAbsent(
              TextCleaner.lower(term),
              new TermHit(item, names[list], topic[list], field, term, entry));
    }

    List<Object> facts() {
      List<Object> out = new ArrayList<>();
      for (Map<String, TermHit> hits : byListField.values()) {
        out.addAll(hits.values());
      }
      for (Map<String, TermHit> hits : byListField.values()) {
        TermHit first = hits.values().iterator().next();
        out.add(
            new TermCount(
                item,
                first.list(),
                first.topic(),
                first.field(),
                hits.values().stream().map(TermHit::term).toList()));
      }
      return out;
    }
  }
}
