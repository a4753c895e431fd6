package io.devpulse.app.eval;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-topic precision, recall and F1 of predicted topics against true topics, with a micro average
 * over the topics, and the misses behind them: every false positive (with the evidence of the rules
 * that gave the topic) and every false negative. Items missing from the predictions have no
 * predicted topic; predictions of items the truth does not hold are ignored. A topic a truth row
 * marks ambiguous is left out of that row's score for that topic (see {@link SubjectTruth}).
 *
 * @param scores one per evaluated topic, sorted by topic
 * @param micro the sums over all topics
 * @param misses false positives and negatives, by topic, then false positives first, then item
 *     number
 */
public record Evaluation(List<Score> scores, Score micro, List<Miss> misses) implements Scored {
  /**
   * One topic's counts and derived measures.
   *
   * @param ambiguous rows left out of this topic's score because they mark it ambiguous
   */
  public record Score(
      String topic, int truePositives, int falsePositives, int falseNegatives, int ambiguous) {
    public Score(String topic, int truePositives, int falsePositives, int falseNegatives) {
      this(topic, truePositives, falsePositives, falseNegatives, 0);
    }

    public int support() {
      return truePositives + falseNegatives;
    }

    public double precision() {
      int d = truePositives + falsePositives;
      return d == 0 ? 0 : (double) truePositives / d;
    }

    public double recall() {
      int d = truePositives + falseNegatives;
      return d == 0 ? 0 : (double) truePositives / d;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * What the rules said about one item, as the evaluation needs it.
   *
   * @param title the title to show in a list of misses (as the rules saw it, or as written)
   * @param topics the predicted topics
   * @param evidence the classification's evidence; topic evidence explains false positives
   */
  public record Prediction(int number, String title, Set<String> topics, List<Evidence> evidence) {
    public Prediction {
      Objects.requireNonNull(title, "title");
      topics = Set.copyOf(topics);
      evidence = List.copyOf(evidence);
    }

    /** The prediction a classifier made for item {@code number} titled {@code title}. */
    public static Prediction of(int number, String title, Classification classification) {
      return new Prediction(
          number, title, Set.copyOf(classification.topics()), classification.evidence());
    }

    /** The evidence for {@code topic}, in the order the classifier gave it. */
    public List<Evidence> evidenceFor(String topic) {
      return evidence.stream()
          .filter(e -> e.kind() == Evidence.Kind.TOPIC && e.label().equals(topic))
          .toList();
    }
  }

  /**
   * One item the rules got wrong for one topic.
   *
   * @param kind false positive (predicted, not true) or false negative (true, not predicted)
   * @param title the prediction's title ({@code ""} when none was given)
   * @param predicted all topics predicted for the item (sorted)
   * @param evidence for a false positive, the rules and texts that gave the topic; empty for a
   *     false negative
   */
  public record Miss(
      String topic,
      Kind kind,
      int number,
      String title,
      List<String> predicted,
      List<Evidence> evidence) {
    /** Which way the rules were wrong. */
    public enum Kind {
      FALSE_POSITIVE,
      FALSE_NEGATIVE
    }

    public Miss {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(title, "title");
      predicted = List.copyOf(predicted);
      evidence = List.copyOf(evidence);
    }

    /**
     * One Markdown list line: {@code - #123 title — "rule": evidence; ...} or {@code (predicted: a,
     * b)}.
     */
    public String toMarkdown() {
      StringBuilder sb = new StringBuilder("- #").append(number);
      if (!title.isEmpty()) {
        sb.append(' ').append(title);
      }
      if (kind == Kind.FALSE_POSITIVE) {
        List<String> why = new ArrayList<>();
        for (Evidence e : evidence) {
          why.add("\"" + e.rule() + "\": " + e.text());
        }
        if (!why.isEmpty()) {
          sb.append(" — ").append(String.join("; ", why));
        }
      } else {
        sb.append(" (predicted: ")
            .append(predicted.isEmpty() ? "none" : String.join(", ", predicted))
            .append(')');
      }
      return sb.toString();
    }
  }

  public Evaluation {
    scores = List.copyOf(scores);
    Objects.requireNonNull(micro, "micro");
    misses = List.copyOf(misses);
  }

  /** An evaluation without its misses. */
  public Evaluation(List<Score> scores, Score micro) {
    this(scores, micro, List.of());
  }

  /**
   * Scores {@code predicted} against {@code truth} on {@code topics}; the items are truth's keys.
   */
  public static Evaluation of(
      Map<Integer, Set<String>> truth, Map<Integer, Set<String>> predicted, Set<String> topics) {
    List<Prediction> ps = new ArrayList<>();
    predicted.forEach((n, ts) -> ps.add(new Prediction(n, "", ts, List.of())));
    return of(SubjectTruth.of(truth), ps, topics);
  }

  /**
   * Scores {@code predicted} against {@code truth} on {@code topics}: the items are the truth's
   * rows (a row's ambiguous topics are not scored for it); an item without a prediction has no
   * predicted topic.
   *
   * @throws IllegalArgumentException when two predictions have the same number
   */
  public static Evaluation of(
      SubjectTruth truth, Collection<Prediction> predicted, Set<String> topics) {
    Map<Integer, Prediction> byNumber = new HashMap<>();
    for (Prediction p : predicted) {
      if (byNumber.putIfAbsent(p.number(), p) != null) {
        throw new IllegalArgumentException("two predictions for item " + p.number());
      }
    }
    List<Score> scores = new ArrayList<>();
    List<Miss> misses = new ArrayList<>();
    int tpAll = 0;
    int fpAll = 0;
    int fnAll = 0;
    int ambAll = 0;
    List<SubjectTruth.Row> rows = new ArrayList<>(truth.rows());
    rows.sort(Comparator.comparingInt(SubjectTruth.Row::number));
    for (String topic : new TreeSet<>(topics)) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int amb = 0;
      List<Miss> fps = new ArrayList<>();
      List<Miss> fns = new ArrayList<>();
      for (SubjectTruth.Row row : rows) {
        if (!row.scores(topic)) {
          amb++;
          continue;
        }
        Prediction pred = byNumber.get(row.number());
        boolean t = row.topics().contains(topic);
        boolean p = pred != null && pred.topics().contains(topic);
        if (t && p) {
          tp++;
        } else if (p) {
          fp++;
          fps.add(
              new Miss(
                  topic,
                  Miss.Kind.FALSE_POSITIVE,
                  row.number(),
                  pred.title(),
                  new TreeSet<>(pred.topics()).stream().toList(),
                  pred.evidenceFor(topic)));
        } else if (t) {
          fn++;
          fns.add(
              new Miss(
                  topic,
                  Miss.Kind.FALSE_NEGATIVE,
                  row.number(),
                  pred == null ? "" : pred.title(),
                  pred == null ? List.of() : new TreeSet<>(pred.topics()).stream().toList(),
                  List.of()));
        }
      }
      scores.add(new Score(topic, tp, fp, fn, amb));
      misses.addAll(fps);
      misses.addAll(fns);
      tpAll += tp;
      fpAll += fp;
      fnAll += fn;
      ambAll += amb;
    }
    return new Evaluation(scores, new Score("micro avg", tpAll, fpAll, fnAll, ambAll), misses);
  }

  /** The score of {@code topic}. */
  public Score score(String topic) {
    return scores.stream()
        .filter(s -> s.topic().equals(topic))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("topic (" + topic + ") was not evaluated"));
  }

  /** {@code topic}'s false positives, by item number. */
  public List<Miss> falsePositives(String topic) {
    return misses(topic, Miss.Kind.FALSE_POSITIVE);
  }

  /** {@code topic}'s false negatives, by item number. */
  public List<Miss> falseNegatives(String topic) {
    return misses(topic, Miss.Kind.FALSE_NEGATIVE);
  }

  private List<Miss> misses(String topic, Miss.Kind kind) {
    score(topic);
    return misses.stream().filter(m -> m.topic().equals(topic) && m.kind() == kind).toList();
  }

  /**
   * A Markdown table: topic | P | R | F1 | support | TP | FP | FN, one row per topic, then the
   * micro average.
   */
  public String toMarkdown() {
    StringBuilder sb =
        new StringBuilder("| topic | precision | recall | F1 | support | TP | FP | FN |\n")
            .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Score s : scores) {
      row(sb, s);
    }
    row(sb, micro);
    return sb.toString();
  }

  /**
   * The misses as Markdown, for {@code --show-errors N}: per topic with a miss, a heading with the
   * counts, then at most {@code limit} false positives (with the rules' evidence) and at most
   * {@code limit} false negatives (with what was predicted instead), each lowest item number first;
   * {@code ""} when there is no miss.
   *
   * <pre>
   * ### performance: 2 false positives, 1 false negative
   *
   * False positives:
   * - #30001 Fix slow import — "topic: title term": title: 'slow'
   * - ...
   *
   * False negatives:
   * - #30002 Fuse the norm into the GEMM (predicted: kernel)
   * </pre>
   *
   * @param limit the most misses listed per topic and kind; more are counted ({@code ... and 7
   *     more})
   */
  @Override
  public String errorsToMarkdown(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must not be negative");
    }
    StringBuilder sb = new StringBuilder();
    for (Score s : scores) {
      List<Miss> fps = falsePositives(s.topic());
      List<Miss> fns = falseNegatives(s.topic());
      if (fps.isEmpty() && fns.isEmpty()) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append("### ")
          .append(s.topic())
          .append(": ")
          .append(count(fps.size(), "false positive"))
          .append(", ")
          .append(count(fns.size(), "false negative"));
      if (s.ambiguous() > 0) {
        sb.append(" (").append(count(s.ambiguous(), "item")).append(" left out as ambiguous)");
      }
      sb.append('\n');
      list(sb, "False positives", fps, limit);
      list(sb, "False negatives", fns, limit);
    }
    return sb.toString();
  }

  private static void list(StringBuilder sb, String heading, List<Miss> misses, int limit) {
    if (misses.isEmpty() || limit == 0) {
      return;
    }
    sb.append('\n').append(heading).append(":\n");
    for (Miss m : misses.subList(0, Math.min(limit, misses.size()))) {
      sb.append(m.toMarkdown()).append('\n');
    }
    if (misses.size() > limit) {
      sb.append("- ... and ").append(misses.size() - limit).append(" more\n");
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Two evaluations side by side: topic | P, R, F1 of {@code this} ({@code name}) | of {@code
   * other}.
   */
  public String toMarkdown(String name, Evaluation other, String otherName) {
    StringBuilder sb =
        new StringBuilder("| topic | support | ")
            .append(name)
            .append(" P | R | F1 | ")
            .append(otherName)
            .append(" P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Score> mine = new ArrayList<>(scores);
    mine.add(micro);
    List<Score> theirs = new ArrayList<>(other.scores);
    theirs.add(other.micro);
    for (int i = 0; i < mine.size(); i++) {
      Score a = mine.get(i);
      Score b = theirs.get(i);
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f |%n",
              a.topic(),
              a.support(),
              a.precision(),
              a.recall(),
              a.f1(),
              b.precision(),
              b.recall(),
              b.f1()));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, Score s) {
    row(sb, s, s.topic());
  }

  /**
   * One Markdown table row of {@code s} labelled {@code label}: precision, recall, F1, support, TP,
   * FP, FN — the layout every truth's table shares.
   */
  static void row(StringBuilder sb, Score s, String label) {
    sb.append(
        String.format(
            Locale.ROOT,
            "| %s | %.2f | %.2f | %.2f | %d | %d | %d | %d |%n",
            label,
            s.precision(),
            s.recall(),
            s.f1(),
            s.support(),
            s.truePositives(),
            s.falsePositives(),
            s.falseNegatives()));
  }
}
