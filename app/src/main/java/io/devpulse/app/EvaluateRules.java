package io.devpulse.app;

import io.devpulse.app.internal.IndexHistory;
import io.devpulse.app.internal.Messages;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexStats;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.History;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.eval.Evaluation;
import io.devpulse.rules.eval.TitleTags;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Measures a rule pack against a truth file: classifies the truth's items as stored in the index
 * (history from the index) and scores precision, recall and F1 per topic.
 */
public final class EvaluateRules {
  private final Devpulse app;

  public EvaluateRules(Devpulse app) {
    this.app = app;
  }

  /**
   * @param fromTitleTags the truth is each row's title tags (as in the vLLM merged-PR list)
   * @param stripTitleTags classify titles without their {@code [...]} tags
   * @param noHistory classify without the index's history
   * @param repositoryOrNull the truth's repository; null for the index's only one
   */
  public record Request(Path indexDir, RulePack pack, Path truthFile, boolean fromTitleTags,
      boolean stripTitleTags, boolean noHistory, Repository repositoryOrNull) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(truthFile, "truthFile");
    }
  }

  /** The scores, how many truth rows were evaluated and how many the index does not hold. */
  public record Result(Evaluation evaluation, int evaluated, int missing) {}

  public Result run(Request request) throws IOException {
    Map<Integer, Set<String>> expected = TruthFile.read(request.truthFile(), request.fromTitleTags());
    Set<String> topics = new TreeSet<>();
    expected.values().forEach(topics::addAll);
    Map<Integer, Set<String>> predicted = new HashMap<>();
    int missing = 0;
    try (HistoryIndex index = HistoryIndex.open(request.indexDir());
        Classifier classifier = app.rules().compile(request.pack()).newClassifier()) {
      Repository repository = request.repositoryOrNull() != null
          ? request.repositoryOrNull() : onlyRepository(index.stats());
      History history = request.noHistory() ? History.NONE : new IndexHistory(index);
      for (int number : expected.keySet()) {
        Optional<Item> stored = index.item(repository, number).map(hit -> hit.item());
        if (stored.isEmpty()) {
          missing++;
          continue;
        }
        Item item = stored.get();
        if (request.stripTitleTags()) {
          item = item.toBuilder().title(TitleTags.strip(item.title())).build();
        }
        predicted.put(number, new TreeSet<>(classifier.classify(item, history).topics()));
      }
    }
    expected.keySet().retainAll(predicted.keySet());
    return new Result(Evaluation.of(expected, predicted, topics), predicted.size(), missing);
  }

  private static Repository onlyRepository(IndexStats stats) {
    if (stats.itemsByRepository().size() != 1) {
      throw new UserErrorException(Messages.get("eval.whichRepo", stats.itemsByRepository().keySet()));
    }
    return Repository.parse(stats.itemsByRepository().keySet().iterator().next());
  }
}
