package io.devpulse.app.eval;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Priority;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Predicted priorities against labelled ones ({@link PriorityTruth}): the share of exact levels, a
 * confusion matrix, precision/recall/F1 of "needs attention" (critical or high) and of critical
 * alone, and the share of items labelled low or normal that the rules raised to high or critical
 * (the noise a reader of the report pays for). Ambiguous rows are left out of everything and
 * counted; a truth row without a prediction counts as predicted normal (the level no rule gives).
 *
 * @param confusion {@code confusion[labelled][predicted]}, indexed by {@link Priority#ordinal()}
 * @param ambiguous rows left out because the labellers disagreed
 * @param misses every scored row whose level was wrong, by labelled level, then predicted, then
 *     number
 */
public record PriorityEvaluation(int[][] confusion, int ambiguous, List<Miss> misses)
    implements Scored {
  private static final Priority[] LEVELS = Priority.values();

  /** What the rules said about one item: its priority and the reasons for it. */
  public record Prediction(int number, String title, Priority priority, List<Evidence> reasons) {
    public Prediction {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(priority, "priority");
      reasons = List.copyOf(reasons);
    }

    public static Prediction of(int number, String title, Classification c) {
      return new Prediction(number, title, c.priority(), c.priorityReasons());
    }
  }

  /** One item whose level the rules got wrong, with the reasons they gave for theirs. */
  public record Miss(
      int number, String title, Priority labelled, Priority predicted, List<Evidence> reasons) {
    public Miss {
      reasons = List.copyOf(reasons);
    }

    /** {@code - #123 title — "rule": evidence; ...} (no reasons: the default level). */
    public String toMarkdown() {
      StringBuilder sb = new StringBuilder("- #").append(number);
      if (!title.isEmpty()) {
        sb.append(' ').append(title);
      }
      List<String> why = new ArrayList<>();
      for (Evidence e : reasons) {
        why.add("\"" + e.rule() + "\": " + e.text());
      }
      sb.append(" — ").append(why.isEmpty() ? "no rule fired" : String.join("; ", why));
      return sb.toString();
    }
  }

  public PriorityEvaluation {
    int[][] copy = new int[LEVELS.length][];
    for (int i = 0; i < LEVELS.length; i++) {
      copy[i] = confusion[i].clone();
    }
    confusion = copy;
    misses = List.copyOf(misses);
  }

  /**
   * Scores {@code predicted} against {@code truth}.
   *
   * @throws IllegalArgumentException when two predictions have the same number
   */
  public static PriorityEvaluation of(PriorityTruth truth, Collection<Prediction> predicted) {
    Map<Integer, Prediction> byNumber = new HashMap<>();
    for (Prediction p : predicted) {
      if (byNumber.putIfAbsent(p.number(), p) != null) {
        throw new IllegalArgumentException("two predictions for item " + p.number());
      }
    }
    int[][] confusion = new int[LEVELS.length][LEVELS.length];
    int ambiguous = 0;
    List<Miss> misses = new ArrayList<>();
    for (PriorityTruth.Row row : truth.rows()) {
      if (row.ambiguous()) {
        ambiguous++;
        continue;
      }
      Prediction p = byNumber.get(row.number());
      Priority got = p == null ? Priority.NORMAL : p.priority();
      confusion[row.priority().ordinal()][got.ordinal()]++;
      if (got != row.priority()) {
        misses.add(
            new Miss(
                row.number(),
                p == null ? "" : p.title(),
                row.priority(),
                got,
                p == null ? List.of() : p.reasons()));
      }
    }
    misses.sort(
        Comparator.comparing(Miss::labelled)
            .thenComparing(Miss::predicted)
            .thenComparingInt(Miss::number));
    return new PriorityEvaluation(confusion, ambiguous, misses);
  }

  /** The scored rows (ambiguous ones left out). */
  public int scored() {
    int n = 0;
    for (int[] row : confusion) {
      for (int c : row) {
        n += c;
      }
    }
    return n;
  }

  /** How many scored rows were labelled {@code labelled} and predicted {@code predicted}. */
  public int count(Priority labelled, Priority predicted) {
    return confusion[labelled.ordinal()][predicted.ordinal()];
  }

  /** Rows whose predicted level is the labelled one. */
  public int exact() {
    int n = 0;
    for (Priority p : LEVELS) {
      n += count(p, p);
    }
    return n;
  }

  /** The share of scored rows at exactly their labelled level (0 without rows). */
  public double accuracy() {
    int n = scored();
    return n == 0 ? 0 : (double) exact() / n;
  }

  /** "Needs attention" (critical or high) as one class. */
  public Evaluation.Score needsAttention() {
    return binary("needs attention", p -> p == Priority.CRITICAL || p == Priority.HIGH);
  }

  /** Critical alone. */
  public Evaluation.Score critical() {
    return binary("critical", p -> p == Priority.CRITICAL);
  }

  private Evaluation.Score binary(String name, java.util.function.Predicate<Priority> positive) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Priority t : LEVELS) {
      for (Priority p : LEVELS) {
        int c = count(t, p);
        if (positive.test(t) && positive.test(p)) {
          tp += c;
        } else if (positive.test(p)) {
          fp += c;
        } else if (positive.test(t)) {
          fn += c;
        }
      }
    }
    return new Evaluation.Score(name, tp, fp, fn, ambiguous);
  }

  /** Rows labelled low or normal. */
  public int routine() {
    int n = 0;
    for (Priority p : LEVELS) {
      n += count(Priority.LOW, p) + count(Priority.NORMAL, p);
    }
    return n;
  }

  /** Rows labelled low or normal that the rules raised to high or critical. */
  public int raised() {
    int n = 0;
    for (Priority t : List.of(Priority.LOW, Priority.NORMAL)) {
      n += count(t, Priority.CRITICAL) + count(t, Priority.HIGH);
    }
    return n;
  }

  /** {@link #raised()} over {@link #routine()} (0 without such rows). */
  public double raisedShare() {
    int n = routine();
    return n == 0 ? 0 : (double) raised() / n;
  }

  /**
   * The scores as Markdown: the two binary scores as a table, a line with the exact-level share,
   * the raised share and the ambiguous rows left out, and the confusion matrix (labelled by row).
   */
  public String toMarkdown() {
    StringBuilder sb =
        new StringBuilder("| priority | precision | recall | F1 | support | TP | FP | FN |\n")
            .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Evaluation.Score s : List.of(needsAttention(), critical())) {
      Evaluation.row(
          sb,
          s,
          s.topic().equals("needs attention") ? "needs attention (critical or high)" : s.topic());
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%nexact level: %.2f (%d of %d); labelled low or normal raised to high or critical: %.2f (%d of %d);"
                + " %d ambiguous rows left out%n%n",
            accuracy(),
            exact(),
            scored(),
            raisedShare(),
            raised(),
            routine(),
            ambiguous));
    sb.append("| labelled \\ predicted |");
    for (Priority p : LEVELS) {
      sb.append(' ').append(p.key()).append(" |");
    }
    sb.append("\n|---|").append("---:|".repeat(LEVELS.length)).append('\n');
    for (Priority t : LEVELS) {
      sb.append("| ").append(t.key()).append(" |");
      for (Priority p : LEVELS) {
        sb.append(' ').append(count(t, p)).append(" |");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * The misses as Markdown, for {@code --show-errors N}: per (labelled, predicted) pair with a
   * miss, a heading with the count, then at most {@code limit} items with the reasons the rules
   * gave; {@code ""} when every level is right.
   */
  @Override
  public String errorsToMarkdown(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit (" + limit + ") must not be negative");
    }
    StringBuilder sb = new StringBuilder();
    for (Priority t : LEVELS) {
      for (Priority p : LEVELS) {
        List<Miss> pair =
            misses.stream().filter(m -> m.labelled() == t && m.predicted() == p).toList();
        if (pair.isEmpty()) {
          continue;
        }
        if (!sb.isEmpty()) {
          sb.append('\n');
        }
        sb.append("### labelled ")
            .append(t.key())
            .append(", predicted ")
            .append(p.key())
            .append(": ")
            .append(pair.size())
            .append(pair.size() == 1 ? " item" : " items")
            .append("\n\n");
        for (Miss m : pair.subList(0, Math.min(limit, pair.size()))) {
          sb.append(m.toMarkdown()).append('\n');
        }
        if (pair.size() > limit) {
          sb.append("- ... and ").append(pair.size() - limit).append(" more\n");
        }
      }
    }
    return sb.toString();
  }
}
