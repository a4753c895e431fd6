package io.devpulse.rules.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-topic precision, recall and F1 of predicted topics against true topics, with a micro average over the
 * topics. Items missing from {@code predicted} have no predicted topic.
 */
public record Evaluation(List<Score> scores, Score micro) {
  /** One topic's counts and derived measures. */
  public record Score(String topic, int truePositives, int falsePositives, int falseNegatives) {
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

  public Evaluation {
    scores = List.copyOf(scores);
    Objects.requireNonNull(micro, "micro");
  }

  /** Scores {@code predicted} against {@code truth} on {@code topics}; the items are truth's keys. */
  public static Evaluation of(Map<Integer, Set<String>> truth, Map<Integer, Set<String>> predicted,
      Set<String> topics) {
    List<Score> scores = new ArrayList<>();
    int tpAll = 0;
    int fpAll = 0;
    int fnAll = 0;
    for (String topic : new TreeSet<>(topics)) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (var e : truth.entrySet()) {
        boolean t = e.getValue().contains(topic);
        boolean p = predicted.getOrDefault(e.getKey(), Set.of()).contains(topic);
        if (t && p) {
          tp++;
        } else if (p) {
          fp++;
        } else if (t) {
          fn++;
        }
      }
      scores.add(new Score(topic, tp, fp, fn));
      tpAll += tp;
      fpAll += fp;
      fnAll += fn;
    }
    return new Evaluation(scores, new Score("micro avg", tpAll, fpAll, fnAll));
  }

  /** The score of {@code topic}. */
  public Score score(String topic) {
    return scores.stream().filter(s -> s.topic().equals(topic)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("topic (" + topic + ") was not evaluated"));
  }

  /** A Markdown table: topic | P | R | F1 | support | TP | FP | FN, one row per topic, then the micro average. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder("| topic | precision | recall | F1 | support | TP | FP | FN |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Score s : scores) {
      row(sb, s);
    }
    row(sb, micro);
    return sb.toString();
  }

  /** Two evaluations side by side: topic | P, R, F1 of {@code this} ({@code name}) | of {@code other}. */
  public String toMarkdown(String name, Evaluation other, String otherName) {
    StringBuilder sb = new StringBuilder("| topic | support | ").append(name).append(" P | R | F1 | ")
        .append(otherName).append(" P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Score> mine = new ArrayList<>(scores);
    mine.add(micro);
    List<Score> theirs = new ArrayList<>(other.scores);
    theirs.add(other.micro);
    for (int i = 0; i < mine.size(); i++) {
      Score a = mine.get(i);
      Score b = theirs.get(i);
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | **%.2f** | %.2f | %.2f | %.2f |%n",
          a.topic(), a.support(), a.precision(), a.recall(), a.f1(), b.precision(), b.recall(), b.f1()));
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, Score s) {
    sb.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d | %d | %d | %d |%n", s.topic(),
        s.precision(), s.recall(), s.f1(), s.support(), s.truePositives(), s.falsePositives(),
        s.falseNegatives()));
  }
}
