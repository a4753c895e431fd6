package io.devpulse.app;

import io.devpulse.classify.DryRun;
import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RulePack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Classifies the items of GitHub JSON files without storing anything, with history from the index when
 * there is one: a dry run of the rules on new data.
 */
public final class ClassifyFiles {
  private final Devpulse app;

  public ClassifyFiles(Devpulse app) {
    this.app = app;
  }

  /**
   * @param indexDir the index whose history the rules see, when there is one there
   * @param indexRequired whether a missing index is an error (it was named) rather than "no history"
   */
  public record Request(Path indexDir, boolean indexRequired, RulePack pack, List<Path> files,
      ReadOptions readOptions) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      files = List.copyOf(files);
      Objects.requireNonNull(readOptions, "readOptions");
    }
  }

  /** Hands each item of the files, in file order, with its classification to {@code each}. */
  public void run(Request request, BiConsumer<Item, Classification> each) throws IOException {
    Path dir = request.indexDir();
    boolean withHistory = request.indexRequired() || HistoryIndex.exists(dir);
    CompiledRules rules = app.rules().compile(request.pack());
    try (DryRun dryRun = withHistory ? withHistoryOf(rules, dir) : DryRun.withHistoryOf(rules, null)) {
      for (Path file : request.files()) {
        try (GithubFileReader reader = GithubFileReader.open(file, request.readOptions())) {
          for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
            if (r.get().entity() instanceof Item item) {
              each.accept(item, dryRun.classify(item));
            }
          }
        }
      }
    }
  }

  private static DryRun withHistoryOf(CompiledRules rules, Path dir) {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      return DryRun.withHistoryOf(rules, index);
    }
  }
}
