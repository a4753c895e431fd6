package io.devpulse.benchmarks;

import io.devpulse.model.Item;
import io.devpulse.model.Priority;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RuleProblem;
import io.devpulse.rules.facts.internal.TextCleaner;
import io.devpulse.rules.internal.TermFileParser;
import io.devpulse.rules.internal.TermList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline for Drools: the built-in pack's keyword matching and its topic and priority rules
 * written as plain Java with one precompiled regex per term list (alternation of its words, phrases
 * and regexes, bounded by non-letters/digits like devpulse's tokens), over the same cleaned title
 * and body ({@code TextCleaner}). History rules are left out (the benchmark classifies without
 * history).
 */
final class PlainClassifier {
  record Result(Set<String> topics, Priority priority) {}

  private record List1(
      String name,
      boolean topic,
      Pattern text,
      Pattern tag,
      Set<String> labels,
      List<String> loginSuffixes,
      List<String> loginPrefixes,
      Set<String> logins) {}

  private static final String B = "[\\p{L}\\p{N}]";

  private final List<List1> lists = new ArrayList<>();
  private final List1 security, crash, regression, blocker, usage;

  PlainClassifier(RulePack pack) {
    List<RuleProblem> problems = new ArrayList<>();
    for (var e : pack.files().entrySet()) {
      String name = e.getKey();
      if (!name.endsWith(".txt") || name.equals("bots.txt")) {
        continue;
      }
      TermList l =
          TermFileParser.parse(name, e.getValue(), name.startsWith("terms/topics/"), problems);
      List<String> text = new ArrayList<>();
      List<String> tag = new ArrayList<>();
      Set<String> labels = new HashSet<>();
      List<String> suffixes = new ArrayList<>();
      List<String> prefixes = new ArrayList<>();
      Set<String> logins = new HashSet<>();
      for (TermList.Entry en : l.entries()) {
        switch (en.kind()) {
          case WORD, PHRASE -> text.add(join(en.tokens()));
          case REGEX -> text.add("(?:" + en.value() + ")");
          case TAG -> tag.add(join(en.tokens()));
          case LABEL -> labels.add(en.value());
          case LOGIN -> logins.add(en.value());
          case LOGIN_PREFIX -> prefixes.add(en.value());
          case LOGIN_SUFFIX -> suffixes.add(en.value());
          case PATH -> {} // no changed files in the corpus
        }
      }
      lists.add(
          new List1(
              l.name(),
              l.topic(),
              pattern(text),
              pattern(tag),
              labels,
              suffixes,
              prefixes,
              logins));
    }
    security = list("security");
    crash = list("crash");
    regression = list("regression");
    blocker = list("release-blocker");
    usage = list("usage-question");
  }

  private List1 list(String name) {
    return lists.stream().filter(l -> l.name.equals(name)).findFirst().orElseThrow();
  }

  private static String join(List<String> tokens) {
    return String.join("[^\\p{L}\\p{N}]+", tokens.stream().map(Pattern::quote).toList());
  }

  private static Pattern pattern(List<String> alternatives) {
    if (alternatives.isEmpty()) {
      return null;
    }
    List<String> alt = new ArrayList<>(alternatives);
    alt.sort(Comparator.comparingInt(String::length).reversed());
    return Pattern.compile(
        "(?<!" + B + ")(?:" + String.join("|", alt) + ")(?!" + B + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  Result classify(Item item) {
    String title = TextCleaner.title(item.title());
    List<String> tags = TextCleaner.tags(item.title());
    String body = TextCleaner.body(item.body());
    String login = item.author().login().toLowerCase(Locale.ROOT);
    List<String> labels = item.labels().stream().map(TextCleaner::lower).toList();
    Set<String> topics = new TreeSet<>();
    Priority priority = null;
    for (List1 l : lists) {
      if (!l.topic) {
        continue;
      }
      if (headline(l, title, tags, labels) || login(l, login) || distinct(l.text, body) >= 2) {
        topics.add(l.name);
      }
    }
    if (headline(security, title, tags, labels)) {
      priority = Priority.CRITICAL;
    }
    if (item.isIssue() && (find(crash.text, title) || find(crash.text, body))) {
      priority = max(priority, Priority.HIGH);
    }
    if (item.isIssue() && headline(regression, title, tags, labels)) {
      priority = max(priority, Priority.HIGH);
    }
    if (headline(blocker, title, tags, labels)) {
      priority = max(priority, Priority.HIGH);
    }
    if (headline(usage, title, tags, labels)) {
      priority = max(priority, Priority.LOW);
    }
    if (topics.contains("docs")) {
      priority = max(priority, Priority.LOW);
    }
    return new Result(topics, priority == null ? Priority.NORMAL : priority);
  }

  private static Priority max(Priority a, Priority b) {
    return a == null || b.isAbove(a) ? b : a;
  }

  private static boolean headline(List1 l, String title, List<String> tags, List<String> labels) {
    if (find(l.text, title)) {
      return true;
    }
    for (String t : tags) {
      if (find(l.tag, t)) {
        return true;
      }
    }
    for (String label : labels) {
      if (l.labels.contains(label)) {
        return true;
      }
    }
    return false;
  }

  private static boolean login(List1 l, String login) {
    if (l.logins.contains(login)) {
      return true;
    }
    for (String s : l.loginSuffixes) {
      if (login.endsWith(s)) {
        return true;
      }
    }
    for (String p : l.loginPrefixes) {
      if (login.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean find(Pattern p, String text) {
    return p != null && !text.isEmpty() && p.matcher(text).find();
  }

  private static int distinct(Pattern p, String text) {
    if (p == null || text.isEmpty()) {
      return 0;
    }
    Set<String> seen = new HashSet<>();
    Matcher m = p.matcher(text);
    while (m.find() && seen.size() < 2) {
      seen.add(m.group().toLowerCase(Locale.ROOT));
    }
    return seen.size();
  }
}
