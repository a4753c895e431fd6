package io.devpulse.app;

import io.devpulse.app.eval.Evaluation;
import io.devpulse.app.eval.Halves;
import io.devpulse.app.eval.PrEvaluation;
import io.devpulse.app.eval.PrTruth;
import io.devpulse.app.eval.PriorityEvaluation;
import io.devpulse.app.eval.PriorityTruth;
import io.devpulse.app.eval.Scored;
import io.devpulse.app.eval.SubjectTruth;
import io.devpulse.app.eval.TitleTags;
import io.devpulse.app.internal.HeldRepositories;
import io.devpulse.app.internal.Messages;
import io.devpulse.classify.ClassificationPass;
import io.devpulse.classify.DryRun;
import io.devpulse.classify.Engine;
import io.devpulse.classify.HistoryFacts;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexStats;
import io.devpulse.index.IndexedItem;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Measures a rule pack against a truth file ({@link SubjectTruth}: {@code {"number", "topics",
 * "ambiguous"}} rows, a topic in {@code ambiguous} left out of that row's score): classifies the
 * truth's items as stored in the index, with the history the pack itself gives — every earlier item
 * of the repository as this pack classifies it, exactly what the index would hold under it — and
 * scores precision, recall and F1 per topic, keeping the misses with their evidence. Against a
 * priority truth ({@link PriorityTruth}, {@link #runPriority}) it scores the priorities the same
 * way ({@link PriorityEvaluation}).
 */
public final class EvaluateRules {
  private final Devpulse app;

  public EvaluateRules(Devpulse app) {
    this.app = app;
  }

  /**
   * @param fromTitleTags the truth is each row's title tags (as in the vLLM merged-PR list)
   * @param stripTitleTags classify titles without their {@code [...]} tags (history unchanged: the
   *     earlier items as classified with their full titles, as an index holds them)
   * @param noHistory classify without history
   * @param repositoryOrNull the truth's repository; null for the index's only one
   */
  public record Request(
      Path indexDir,
      Pack pack,
      Path truthFile,
      boolean fromTitleTags,
      boolean stripTitleTags,
      boolean noHistory,
      Repository repositoryOrNull) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(truthFile, "truthFile");
    }
  }

  /**
   * The scores (with the misses), how many truth rows were evaluated and how many the index does
   * not hold; and the same scores on each of the two fixed {@link Halves} of the rows, for tuning
   * on one and measuring on the other.
   */
  public record Result(
      Evaluation evaluation, int evaluated, int missing, Evaluation halfA, Evaluation halfB)
      implements Scores {}

  /**
   * What every truth's result holds: the scores, the rows evaluated and missing, and the scores on
   * each fixed half.
   */
  public interface Scores {
    Scored evaluation();

    int evaluated();

    int missing();

    Scored halfA();

    Scored halfB();
  }

  /**
   * The scores of priorities against a priority truth ({@link PriorityTruth}), whole and on each
   * fixed half.
   */
  public record PriorityResult(
      PriorityEvaluation evaluation,
      int evaluated,
      int missing,
      PriorityEvaluation halfA,
      PriorityEvaluation halfB)
      implements Scores {}

  /**
   * The scores of topics, primary topics and findings against a pull-request truth ({@link
   * PrTruth}), whole and on each fixed half.
   */
  public record PrResult(
      PrEvaluation evaluation, int evaluated, int missing, PrEvaluation halfA, PrEvaluation halfB)
      implements Scores {}

  /**
   * Whether {@code truthFile} holds pull-request rows ({@code "primary"} or {@code
   * "speedup_claim"}): see {@link #runPr}.
   */
  public static boolean isPrTruth(Path truthFile) {
    return PrTruth.looksLikePrTruth(truthFile);
  }

  /**
   * Scores the pack's topics, primary topics and findings against the pull-request truth in {@code
   * request.truthFile()} (the items classified as {@link #run} does, {@code stripTitleTags} and
   * {@code noHistory} included).
   */
  public PrResult runPr(Request request) throws IOException {
    PrTruth truth = PrTruth.read(request.truthFile());
    Classified classified =
        classify(request, truth.rows().stream().map(PrTruth.Row::number).toList());
    List<PrEvaluation.Prediction> predictions = new ArrayList<>();
    classified
        .items()
        .forEach(
            (item, c) ->
                predictions.add(new PrEvaluation.Prediction(item.number(), item.title(), c)));
    return new PrResult(
        PrEvaluation.of(truth, predictions),
        predictions.size(),
        classified.missing(),
        PrEvaluation.of(truth.filter(Halves.A), predictions),
        PrEvaluation.of(truth.filter(Halves.B), predictions));
  }

  /**
   * Whether {@code truthFile} holds priority rows ({@code "priority"}, no {@code "topics"}): see
   * {@link #runPriority}.
   */
  public static boolean isPriorityTruth(Path truthFile) {
    return PriorityTruth.looksLikePriorityTruth(truthFile);
  }

  public Result run(Request request) throws IOException {
    SubjectTruth truth = SubjectTruth.read(request.truthFile(), request.fromTitleTags());
    Classified classified =
        classify(request, truth.rows().stream().map(SubjectTruth.Row::number).toList());
    List<Evaluation.Prediction> predictions = new ArrayList<>();
    Set<Integer> evaluated = new HashSet<>();
    classified
        .items()
        .forEach(
            (item, c) -> {
              predictions.add(Evaluation.Prediction.of(item.number(), item.title(), c));
              evaluated.add(item.number());
            });
    SubjectTruth scored = truth.filter(evaluated::contains);
    return new Result(
        Evaluation.of(scored, predictions, scored.topics()),
        predictions.size(),
        classified.missing(),
        Evaluation.of(scored.filter(Halves.A), predictions, scored.topics()),
        Evaluation.of(scored.filter(Halves.B), predictions, scored.topics()));
  }

  /**
   * Scores the pack's priorities against the priority truth in {@code request.truthFile()} (the
   * items as stored in the index, classified as {@link #run} does; {@code fromTitleTags} does not
   * apply).
   */
  public PriorityResult runPriority(Request request) throws IOException {
    PriorityTruth truth = PriorityTruth.read(request.truthFile());
    Classified classified =
        classify(request, truth.rows().stream().map(PriorityTruth.Row::number).toList());
    List<PriorityEvaluation.Prediction> predictions = new ArrayList<>();
    Set<Integer> evaluated = new HashSet<>();
    classified
        .items()
        .forEach(
            (item, c) -> {
              predictions.add(PriorityEvaluation.Prediction.of(item.number(), item.title(), c));
              evaluated.add(item.number());
            });
    PriorityTruth scored = truth.filter(evaluated::contains);
    return new PriorityResult(
        PriorityEvaluation.of(scored, predictions),
        predictions.size(),
        classified.missing(),
        PriorityEvaluation.of(scored.filter(Halves.A), predictions),
        PriorityEvaluation.of(scored.filter(Halves.B), predictions));
  }

  /**
   * The truth's items the index holds, with their classifications, and how many it does not hold.
   */
  private record Classified(Map<Item, Classification> items, int missing) {}

  private Classified classify(Request request, List<Integer> numbers) throws IOException {
    Engine engine = app.rules().engine(request.pack());
    Map<Item, Classification> out = new LinkedHashMap<>();
    int missing = 0;
    try (HistoryIndex index = HistoryIndex.open(request.indexDir());
        DryRun dryRun = engine.dryRunWithoutHistory()) {
      Repository repository =
          request.repositoryOrNull() != null
              ? HeldRepositories.of(index).resolve(request.repositoryOrNull())
              : onlyRepository(index.stats());
      List<IndexedItem> items = new ArrayList<>();
      for (int number : numbers) {
        Optional<IndexedItem> stored = index.item(repository, number);
        if (stored.isEmpty()) {
          missing++;
        } else {
          items.add(stored.get());
        }
      }
      Map<String, Classification> reclassified = Map.of();
      Map<String, HistoryFacts> facts = Map.of();
      if (!request.noHistory()) {
        // The whole index under this pack: what each truth item is, and what its earlier items are.
        ClassificationPass.Result pass = engine.preview(index);
        reclassified = pass.reclassified();
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.add(i.item().key()));
        facts = request.stripTitleTags() ? pass.facts(keys) : Map.of();
      }
      for (IndexedItem stored : items) {
        Item item = stored.item();
        Classification c;
        if (request.noHistory() || request.stripTitleTags()) {
          Item seen =
              request.stripTitleTags()
                  ? item.toBuilder().title(TitleTags.strip(item.title())).build()
                  : item;
          c = dryRun.classify(seen, request.noHistory() ? null : facts.get(item.key()));
        } else {
          c = reclassified.getOrDefault(item.key(), stored.classification());
        }
        out.put(item, c);
      }
    }
    return new Classified(out, missing);
  }

  private static Repository onlyRepository(IndexStats stats) {
    if (stats.itemsByRepository().size() != 1) {
      throw new UserErrorException(
          Messages.get("eval.whichRepo", stats.itemsByRepository().keySet()));
    }
    return Repository.parse(stats.itemsByRepository().keySet().iterator().next());
  }
}
