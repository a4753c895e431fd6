package io.devpulse.benchmarks.scale;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures of a set of items, comments and reviews under the keys of {@code
 * distributions.properties}: body features per kind ({@code pr.}, {@code issue.}), label shares,
 * author concentration of one repository, kind, state and discussion rates. Fed the real data by
 * {@link DeriveDistributions} and a generated corpus by {@link CorpusProfile}.
 */
final class Profile {
  private final Map<String, Kind> kinds = new TreeMap<>();
  private final Map<String, Integer> authors = new HashMap<>();
  private final Map<String, Long> counts = new TreeMap<>();
  private final Map<String, Double> expected = new TreeMap<>();
  private long authorItems;

  /** Per kind ({@code pr} or {@code issue}): bodies and labels. */
  private static final class Kind {
    int items;
    int empty;
    int code;
    int env;
    int heading;
    long links;
    int withLinks;
    int[] lengths = new int[1024];
    int nonEmpty;
    final Map<String, Integer> labels = new TreeMap<>();
  }

  void item(String kind, String body, Collection<String> labels) {
    Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
    k.items++;
    BodyFeatures f = BodyFeatures.of(body);
    if (f.length() == 0) {
      k.empty++;
    } else {
      if (k.nonEmpty == k.lengths.length) {
        k.lengths = Arrays.copyOf(k.lengths, k.lengths.length * 2);
      }
      k.lengths[k.nonEmpty++] = f.length();
    }
    k.code += f.code() ? 1 : 0;
    k.env += f.collectEnv() ? 1 : 0;
    k.heading += f.heading() ? 1 : 0;
    k.links += f.links();
    k.withLinks += f.links() > 0 ? 1 : 0;
    for (String l : labels) {
      k.labels.merge(l, 1, Integer::sum);
    }
  }

  /** An item of the repository whose author concentration is measured. */
  void author(String login) {
    authors.merge(login, 1, Integer::sum);
    authorItems++;
  }

  /** Adds one to a counter ({@code items.pr}, {@code comments.bot}, ...). */
  void count(String key, long n) {
    counts.merge(key, n, Long::sum);
  }

  /**
   * Adds {@code p} to the expected value of a measure (e.g. the chance that an item of this age is
   * closed by the corpus's end), reported as {@code KEY.expected} beside the measured share.
   */
  void expect(String key, double p) {
    expected.merge(key, p, Double::sum);
  }

  Map<String, Double> measures() {
    Map<String, Double> m = new TreeMap<>();
    for (Map.Entry<String, Kind> e : kinds.entrySet()) {
      String p = e.getKey() + ".";
      Kind k = e.getValue();
      double n = k.items;
      m.put(p + "body.empty", k.empty / n);
      int[] sorted = Arrays.copyOf(k.lengths, k.nonEmpty);
      Arrays.sort(sorted);
      for (int q : new int[] {10, 25, 50, 75, 90}) {
        m.put(p + "body.length.p" + q, (double) quantile(sorted, q / 100.0));
      }
      m.put(p + "body.code", k.code / n);
      m.put(p + "body.collect_env", k.env / n);
      m.put(p + "body.heading", k.heading / n);
      m.put(p + "body.links.mean", k.links / n);
      m.put(p + "body.links.any", k.withLinks / n);
      for (Map.Entry<String, Integer> l : k.labels.entrySet()) {
        m.put(p + "label." + l.getKey(), l.getValue() / n);
      }
    }
    if (authorItems > 0) {
      int[] perAuthor = authors.values().stream().mapToInt(Integer::intValue).sorted().toArray();
      int distinct = perAuthor.length;
      long top10 = 0;
      for (int i = 0; i < Math.min(10, distinct); i++) {
        top10 += perAuthor[distinct - 1 - i];
      }
      long singletons = Arrays.stream(perAuthor).filter(c -> c == 1).count();
      m.put("authors.distinct.per.item", distinct / (double) authorItems);
      m.put("authors.singleton.share", singletons / (double) distinct);
      m.put("authors.top1.share", perAuthor[distinct - 1] / (double) authorItems);
      m.put("authors.top10.share", top10 / (double) authorItems);
    }
    long prs = counts.getOrDefault("items.pr", 0L);
    long issues = counts.getOrDefault("items.issue", 0L);
    if (prs + issues > 0) {
      m.put("corpus.pr.share", prs / (double) (prs + issues));
      for (Map.Entry<String, Long> c : counts.entrySet()) {
        String key = c.getKey();
        if (key.startsWith("repo.")) {
          m.put("corpus.share." + key.substring(5), c.getValue() / (double) (prs + issues));
        }
      }
      for (Map.Entry<String, Double> e : expected.entrySet()) {
        long of = e.getKey().startsWith("state.pr.") ? prs : issues;
        m.put(e.getKey() + ".expected", e.getValue() / of);
      }
      ratio(m, "state.pr.merged", "pr.merged", prs);
      ratio(m, "state.pr.closed", "pr.closed", prs);
      ratio(m, "state.issue.closed", "issue.closed", issues);
      ratio(m, "comments.per.pr", "comments.pr", prs);
      ratio(m, "comments.per.issue", "comments.issue", issues);
      long comments =
          counts.getOrDefault("comments.pr", 0L) + counts.getOrDefault("comments.issue", 0L);
      ratio(m, "comments.bot.share.pr", "comments.pr.bot", counts.getOrDefault("comments.pr", 0L));
      ratio(
          m,
          "comments.bot.share.issue",
          "comments.issue.bot",
          counts.getOrDefault("comments.issue", 0L));
      if (comments == 0) {
        m.remove("comments.bot.share.pr");
        m.remove("comments.bot.share.issue");
      }
      ratio(m, "reviews.per.pr", "reviews", prs);
      long reviews = counts.getOrDefault("reviews", 0L);
      ratio(m, "reviews.approved", "reviews.APPROVED", reviews);
      ratio(m, "reviews.changes_requested", "reviews.CHANGES_REQUESTED", reviews);
    }
    return m;
  }

  private void ratio(Map<String, Double> m, String key, String counter, long of) {
    if (of > 0 && counts.containsKey(counter)) {
      m.put(key, counts.get(counter) / (double) of);
    }
  }

  /** The value at fraction q of the sorted values (nearest rank). */
  static int quantile(int[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
