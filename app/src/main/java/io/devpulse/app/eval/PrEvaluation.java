package io.devpulse.app.eval;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a pack against a {@link PrTruth}: the topics as an {@link Evaluation} (P/R/F1 per topic),
 * the accuracy of the primary topic (a predicted primary that is not one of the truth's topics, or
 * none, counts as {@code other}), and precision, recall and F1 of the {@code speedup-claim} and
 * {@code compat-risk} findings against {@code speedup_claim} and {@code compat_risk}. A row's
 * ambiguous fields are left out of those fields' scores. Keeps the misses with the rules' evidence.
 *
 * @param topics the topic scores
 * @param primaryCorrect rows whose primary topic the pack got right
 * @param primaryScored rows scored for the primary topic
 * @param primaryAmbiguous rows left out of it
 * @param speedup the {@code speedup-claim} finding's score (topic name {@code speedup_claim})
 * @param compat the {@code compat-risk} finding's score (topic name {@code compat_risk})
 * @param misses wrong primary topics and findings, by field, then item number
 */
public record PrEvaluation(
    Evaluation topics,
    int primaryCorrect,
    int primaryScored,
    int primaryAmbiguous,
    Evaluation.Score speedup,
    Evaluation.Score compat,
    List<Miss> misses)
    implements Scored {

  /** The finding kind scored against {@code speedup_claim}. */
  public static final String SPEEDUP = "speedup-claim";

  /** The finding kind scored against {@code compat_risk}. */
  public static final String COMPAT = "compat-risk";

  /**
   * What the pack said about one pull request.
   *
   * @param primary the primary topic, or {@code ""}
   */
  public record Prediction(int number, String title, Classification classification) {
    public Prediction {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(classification, "classification");
    }
  }

  /**
   * One wrong answer.
   *
   * @param field {@code primary}, {@code speedup_claim} or {@code compat_risk}
   * @param expected what the truth says ({@code true}/{@code false} for a finding)
   * @param predicted what the pack said
   * @param evidence the rules' evidence for what the pack said (none when it said nothing)
   */
  public record Miss(
      String field,
      int number,
      String title,
      String expected,
      String predicted,
      List<Evidence> evidence) {
    public Miss {
      evidence = List.copyOf(evidence);
    }

    /** {@code - #123 title: expected x, predicted y — "rule": evidence}. */
    public String toMarkdown() {
      StringBuilder sb = new StringBuilder("- #").append(number);
      if (!title.isEmpty()) {
        sb.append(' ').append(title);
      }
      sb.append(": expected ").append(expected).append(", predicted ").append(predicted);
      List<String> why = new ArrayList<>();
      for (Evidence e : evidence) {
        why.add("\"" + e.rule() + "\": " + e.text());
      }
      if (!why.isEmpty()) {
        sb.append(" — ").append(String.join("; ", why));
      }
      return sb.toString();
    }
  }

  public PrEvaluation {
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(speedup, "speedup");
    Objects.requireNonNull(compat, "compat");
    misses = List.copyOf(misses);
  }

  /** The primary topic as scored: a truth topic, or {@code other}. */
  static String primaryOf(Classification c, Set<String> topics) {
    return topics.contains(c.primary()) ? c.primary() : PrTruth.OTHER;
  }

  /**
   * Scores {@code predicted} against {@code truth}; rows without a prediction are not scored.
   *
   * @throws IllegalArgumentException when two predictions have the same number
   */
  public static PrEvaluation of(PrTruth truth, Collection<Prediction> predicted) {
    Map<Integer, Prediction> byNumber = new HashMap<>();
    for (Prediction p : predicted) {
      if (byNumber.putIfAbsent(p.number(), p) != null) {
        throw new IllegalArgumentException("two predictions for item " + p.number());
      }
    }
    PrTruth scored = truth.filter(byNumber::containsKey);
    Set<String> topics = truth.topics();
    List<Evaluation.Prediction> topicPredictions = new ArrayList<>();
    byNumber.forEach(
        (n, p) -> topicPredictions.add(Evaluation.Prediction.of(n, p.title(), p.classification())));
    Evaluation topicScores = Evaluation.of(scored.subjects(), topicPredictions, topics);
    List<PrTruth.Row> rows = new ArrayList<>(scored.rows());
    rows.sort(Comparator.comparingInt(PrTruth.Row::number));
    int correct = 0;
    int total = 0;
    int ambiguous = 0;
    List<Miss> misses = new ArrayList<>();
    int[] sp = new int[4];
    int[] cp = new int[4];
    for (PrTruth.Row row : rows) {
      Prediction p = byNumber.get(row.number());
      Classification c = p.classification();
      if (!row.scores("primary")) {
        ambiguous++;
      } else {
        total++;
        String got = primaryOf(c, topics);
        if (got.equals(row.primary())) {
          correct++;
        } else {
          misses.add(
              new Miss(
                  "primary",
                  row.number(),
                  p.title(),
                  row.primary(),
                  got,
                  c.primary().isEmpty() ? List.of() : c.primaryEvidence()));
        }
      }
      finding(row, p, "speedup_claim", SPEEDUP, row.speedupClaim(), sp, misses);
      finding(row, p, "compat_risk", COMPAT, row.compatRisk(), cp, misses);
    }
    misses.sort(Comparator.comparing(Miss::field).thenComparingInt(Miss::number));
    return new PrEvaluation(
        topicScores,
        correct,
        total,
        ambiguous,
        new Evaluation.Score("speedup_claim", sp[0], sp[1], sp[2], sp[3]),
        new Evaluation.Score("compat_risk", cp[0], cp[1], cp[2], cp[3]),
        misses);
  }

  private static void finding(
      PrTruth.Row row,
      Prediction p,
      String field,
      String kind,
      boolean truth,
      int[] counts,
      List<Miss> misses) {
    if (!row.scores(field)) {
      counts[3]++;
      return;
    }
    List<Finding> found = p.classification().findings(kind);
    boolean predicted = !found.isEmpty();
    if (truth && predicted) {
      counts[0]++;
    } else if (predicted) {
      counts[1]++;
      misses.add(
          new Miss(
              field,
              row.number(),
              p.title(),
              "false",
              "true",
              found.stream().map(Finding::evidence).toList()));
    } else if (truth) {
      counts[2]++;
      misses.add(new Miss(field, row.number(), p.title(), "true", "false", List.of()));
    }
  }

  /** Primary accuracy (0 when no row was scored). */
  public double primaryAccuracy() {
    return primaryScored == 0 ? 0 : (double) primaryCorrect / primaryScored;
  }

  /** The misses of one field. */
  public List<Miss> misses(String field) {
    return misses.stream().filter(m -> m.field().equals(field)).toList();
  }

  /** The topic table, the primary topic's accuracy and the findings' table, as Markdown. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder(topics.toMarkdown());
    sb.append('\n')
        .append(
            String.format(
                Locale.ROOT,
                "primary topic accuracy: **%.2f** (%d of %d",
                primaryAccuracy(),
                primaryCorrect,
                primaryScored))
        .append(primaryAmbiguous > 0 ? "; " + primaryAmbiguous + " left out as ambiguous" : "")
        .append(")\n\n")
        .append("| finding | precision | recall | F1 | support | TP | FP | FN |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Evaluation.Score s : List.of(speedup, compat)) {
      Evaluation.row(sb, s, s.topic());
    }
    return sb.toString();
  }

  /**
   * The misses as Markdown for {@code --show-errors N}: the topics' (as {@link
   * Evaluation#errorsToMarkdown}), then per field at most {@code limit} wrong primary topics, false
   * positives and false negatives.
   */
  @Override
  public String errorsToMarkdown(int limit) {
    StringBuilder sb = new StringBuilder(topics.errorsToMarkdown(limit));
    for (String field : List.of("primary", "speedup_claim", "compat_risk")) {
      List<Miss> ms = misses(field);
      if (ms.isEmpty()) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append('\n');
      }
      sb.append("### ").append(field).append(": ").append(ms.size()).append(" wrong\n\n");
      List<Miss> shown = new ArrayList<>();
      if (field.equals("primary")) {
        shown.addAll(ms.subList(0, Math.min(limit, ms.size())));
      } else {
        List<Miss> fps = ms.stream().filter(m -> m.predicted().equals("true")).toList();
        List<Miss> fns = ms.stream().filter(m -> m.predicted().equals("false")).toList();
        shown.addAll(fps.subList(0, Math.min(limit, fps.size())));
        shown.addAll(fns.subList(0, Math.min(limit, fns.size())));
      }
      for (Miss m : shown) {
        sb.append(m.toMarkdown()).append('\n');
      }
      if (shown.size() < ms.size()) {
        sb.append("- ... and ").append(ms.size() - shown.size()).append(" more\n");
      }
    }
    return sb.toString();
  }
}
