package io.devpulse.cli;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexStats;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.rules.eval.Evaluation;
import io.devpulse.rules.eval.TitleTags;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse rules eval --truth FILE}: classifies the truth's items as stored in the index (history
 * from the index) and prints precision, recall and F1 per topic as a Markdown table.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class RulesEvalCommand implements Callable<Integer> {
  @ParentCommand RulesCommand parent;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(names = "--truth", paramLabel = "FILE", required = true, descriptionKey = "rules.eval.truth")
  Path truth;

  @Option(names = "--truth-from-title-tags", descriptionKey = "rules.eval.fromTags")
  boolean fromTitleTags;

  @Option(names = "--strip-title-tags", descriptionKey = "rules.eval.strip")
  boolean stripTitleTags;

  @Option(names = "--no-history", descriptionKey = "rules.eval.noHistory")
  boolean noHistory;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "rules.eval.repo")
  Repository repo;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = parent.context();
    Map<Integer, Set<String>> expected = TruthFile.read(truth, fromTitleTags);
    Set<String> topics = new TreeSet<>();
    expected.values().forEach(topics::addAll);
    CompiledRules compiled = rules.compile(ctx.env());
    Map<Integer, Set<String>> predicted = new HashMap<>();
    int missing = 0;
    try (HistoryIndex history = HistoryIndex.open(index.resolve(ctx.env()));
        Classifier classifier = compiled.newClassifier()) {
      Repository repository = repo != null ? repo : onlyRepository(history.stats());
      History h = noHistory ? History.NONE : new IndexHistory(history);
      for (int number : expected.keySet()) {
        Optional<Item> stored = history.item(repository, number).map(hit -> hit.item());
        if (stored.isEmpty()) {
          missing++;
          continue;
        }
        Item item = stored.get();
        if (stripTitleTags) {
          item = item.toBuilder().title(TitleTags.strip(item.title())).build();
        }
        predicted.put(number, new TreeSet<>(classifier.classify(item, h).topics()));
      }
    }
    expected.keySet().retainAll(predicted.keySet());
    ctx.out().print(Evaluation.of(expected, predicted, topics).toMarkdown());
    ctx.out().println(Messages.get("rules.eval.summary", predicted.size(), missing));
    return ExitCode.OK;
  }

  private static Repository onlyRepository(IndexStats stats) {
    if (stats.itemsByRepository().size() != 1) {
      throw new UserErrorException(Messages.get("rules.eval.whichRepo", stats.itemsByRepository().keySet()));
    }
    return Repository.parse(stats.itemsByRepository().keySet().iterator().next());
  }
}
