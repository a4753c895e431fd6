package io.devpulse.app.eval;

import io.devpulse.classify.DryRun;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The subject-truth harness: the built-in pack (or a pack directory) on the 7,080 merged vLLM pull
 * requests as production sees them, scored on the 300 subject-labelled ones of {@code
 * vllm-subject-dev.jsonl}.
 *
 * <p>The pull requests become items (repository vllm-project/vllm, kind pr, merged, created at
 * their week) and are classified in creation order by a {@link DryRun}, each with the history the
 * product gives it: the classifications of the items created before it (earlier weeks; the items of
 * one week are created at the same time, so none is another's history), counted by the engine's one
 * history implementation, so the author and label history rules work as with an index. Each item is
 * classified with its <b>full</b> title and with its title <b>stripped</b> of tags ({@link
 * TitleTags#strip}), both with the same history (the earlier items' full-title classifications, as
 * an index holds them; this is what {@code devpulse rules eval --strip-title-tags} measures). The
 * 300 truth rows are scored on both, whole and in two cross-validation halves.
 *
 * <p>Run {@link #main} (args: {@code [--pack DIR] [--errors N] [--half A|B] [--explain TOPIC]};
 * with {@code --half} only that half is shown, so tuning on one half does not peek at the other; or
 * {@code --pack DIR --compare OTHER_DIR} for the topic counts of two packs on all 7,080) to print
 * the tables while editing a pack ({@code devpulse rules eval --halves} prints the same tables from
 * an index); {@code SubjectTruthFloorsTest} guards them.
 */
public final class SubjectEval {
  /** The evaluated topics. */
  public static final Set<String> TOPICS = TitleTags.TOPICS;

  /** The two titles the rules see. */
  public enum Titles {
    FULL,
    STRIPPED
  }

  public static final IntPredicate HALF_A = Halves.A;
  public static final IntPredicate HALF_B = Halves.B;

  /** The predictions of one run, by item number. */
  public record Run(Titles titles, Map<Integer, Evaluation.Prediction> predictions) {
    public Evaluation evaluate(SubjectTruth truth) {
      return Evaluation.of(truth, predictions.values(), TOPICS);
    }
  }

  private SubjectEval() {}

  /** The 300 subject-labelled rows. */
  public static SubjectTruth truth() {
    try (InputStream in = SubjectEval.class.getResourceAsStream("/data/vllm-subject-dev.jsonl")) {
      return SubjectTruth.parse(
          "vllm-subject-dev.jsonl", new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Classifies every merged pull request in creation order (week, then number) with {@code rules},
   * each with the history of the earlier weeks' classifications of their full titles (what an index
   * of the repository holds); every item is classified twice with that history, with its full title
   * and with its title stripped of tags.
   */
  public static Map<Titles, Run> run(CompiledRules rules) {
    List<MergedPrs.MergedPr> prs = new ArrayList<>(MergedPrs.all());
    prs.sort(
        Comparator.comparing(MergedPrs.MergedPr::listedWeek)
            .thenComparingInt(MergedPrs.MergedPr::number));
    Map<Integer, Evaluation.Prediction> full = new LinkedHashMap<>();
    Map<Integer, Evaluation.Prediction> stripped = new LinkedHashMap<>();
    try (DryRun dryRun = DryRun.withEmptyHistory(rules)) {
      for (MergedPrs.MergedPr pr : prs) {
        Item item = MergedPrs.item(pr, pr.title());
        Classification cl = dryRun.classify(item);
        full.put(pr.number(), Evaluation.Prediction.of(pr.number(), pr.title(), cl));
        Classification st = dryRun.classify(MergedPrs.item(pr, TitleTags.strip(pr.title())));
        stripped.put(pr.number(), Evaluation.Prediction.of(pr.number(), pr.title(), st));
        dryRun.add(item, cl);
      }
    }
    Map<Titles, Run> out = new LinkedHashMap<>();
    out.put(Titles.FULL, new Run(Titles.FULL, full));
    out.put(Titles.STRIPPED, new Run(Titles.STRIPPED, stripped));
    return out;
  }

  /** The compiled built-in pack. */
  public static CompiledRules builtIn() {
    return RuleCompiler.compile(RulePacks.builtIn());
  }

  /** One table: topic | support | whole P, R, F1 | half A P, R, F1 | half B P, R, F1. */
  public static String table(Run run, SubjectTruth truth) {
    Evaluation all = run.evaluate(truth);
    Evaluation a = run.evaluate(truth.filter(HALF_A));
    Evaluation b = run.evaluate(truth.filter(HALF_B));
    StringBuilder sb =
        new StringBuilder("| topic | support | P | R | F1 | half A (n=")
            .append(truth.filter(HALF_A).size())
            .append(") P | R | F1 | half B (n=")
            .append(truth.filter(HALF_B).size())
            .append(") P | R | F1 |\n")
            .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<Evaluation.Score> rows = new ArrayList<>(all.scores());
    rows.add(all.micro());
    for (Evaluation.Score s : rows) {
      Evaluation.Score sa = s.topic().equals("micro avg") ? a.micro() : a.score(s.topic());
      Evaluation.Score sb2 = s.topic().equals("micro avg") ? b.micro() : b.score(s.topic());
      sb.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.2f | %.2f | **%.2f** | %.2f | %.2f | **%.2f** | %.2f | %.2f | **%.2f** |%n",
              s.topic(),
              s.support(),
              s.precision(),
              s.recall(),
              s.f1(),
              sa.precision(),
              sa.recall(),
              sa.f1(),
              sb2.precision(),
              sb2.recall(),
              sb2.f1()));
    }
    return sb.toString();
  }

  /** Every row true or predicted for {@code topic}: TP/FP/FN, title and the topic's evidence. */
  static void explain(Run run, SubjectTruth truth, String topic) {
    for (SubjectTruth.Row row : truth.rows()) {
      Evaluation.Prediction p = run.predictions().get(row.number());
      boolean t = row.topics().contains(topic);
      boolean hit = p.topics().contains(topic);
      if (t || hit) {
        String kind = !row.scores(topic) ? "AMB" : t && hit ? "TP " : hit ? "FP " : "FN ";
        System.out.println(
            kind
                + " #"
                + row.number()
                + " "
                + p.title()
                + "\n      "
                + p.evidenceFor(topic).stream().map(e -> e.rule() + ": " + e.text()).toList());
      }
    }
  }

  /**
   * How often each topic is given to the 7,080 pull requests (full titles) by {@code before} and
   * {@code after}, with up to 8 items per topic that gained or lost it: what a pack change does to
   * the topics the subject truth does not cover.
   */
  static void compare(CompiledRules before, CompiledRules after) {
    Map<Integer, Evaluation.Prediction> b = run(before).get(Titles.FULL).predictions();
    Map<Integer, Evaluation.Prediction> a = run(after).get(Titles.FULL).predictions();
    Set<String> topics = new java.util.TreeSet<>(before.topics());
    topics.addAll(after.topics());
    System.out.println("| topic | before | after | gained | lost |\n|---|---:|---:|---:|---:|");
    Map<String, List<String>> samples = new TreeMap<>();
    for (String topic : topics) {
      int nb = 0;
      int na = 0;
      int gained = 0;
      int lost = 0;
      for (var e : b.entrySet()) {
        boolean x = e.getValue().topics().contains(topic);
        boolean y = a.get(e.getKey()).topics().contains(topic);
        nb += x ? 1 : 0;
        na += y ? 1 : 0;
        if (x != y) {
          gained += y ? 1 : 0;
          lost += x ? 1 : 0;
          List<String> l = samples.computeIfAbsent(topic, k -> new ArrayList<>());
          if (l.size() < Integer.getInteger("samples", 8)) {
            l.add((y ? "+ " : "- ") + e.getValue().title());
          }
        }
      }
      System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", topic, nb, na, gained, lost);
    }
    samples.forEach(
        (topic, l) -> {
          System.out.println("\n" + topic + ":");
          l.forEach(x -> System.out.println("  " + x));
        });
  }

  /**
   * Prints the tables (and with {@code --errors N} the misses) for the built-in pack or {@code
   * --pack DIR}.
   */
  public static void main(String[] args) {
    RulePack pack = RulePacks.builtIn();
    int errors = 0;
    IntPredicate rows = n -> true;
    String explain = null;
    String onlyHalf = null;
    RulePack compare = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pack" -> pack = RulePacks.load(Path.of(args[++i]));
        case "--errors" -> errors = Integer.parseInt(args[++i]);
        case "--half" -> {
          onlyHalf = args[++i];
          rows = onlyHalf.equalsIgnoreCase("A") ? HALF_A : HALF_B;
        }
        case "--explain" -> explain = args[++i];
        case "--compare" -> compare = RulePacks.load(Path.of(args[++i]));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    long t = System.nanoTime();
    CompiledRules rules = RuleCompiler.compile(pack);
    if (compare != null) {
      compare(RuleCompiler.compile(compare), rules);
      return;
    }
    SubjectTruth truth = truth();
    for (Run run : run(rules).values()) {
      Titles titles = run.titles();
      System.out.println("## " + titles.name().toLowerCase(Locale.ROOT) + " titles\n");
      if (onlyHalf == null) {
        System.out.println(table(run, truth));
      } else {
        System.out.println(run.evaluate(truth.filter(rows)).toMarkdown());
      }
      if (errors > 0) {
        System.out.println(run.evaluate(truth.filter(rows)).errorsToMarkdown(errors));
      }
      if (explain != null) {
        explain(run, truth.filter(rows), explain);
      }
    }
    System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - t) / 1e9);
  }
}
