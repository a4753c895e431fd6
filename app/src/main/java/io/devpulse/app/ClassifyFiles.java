package io.devpulse.app;

import io.devpulse.classify.DryRun;
import io.devpulse.classify.Engine;
import io.devpulse.classify.Pack;
import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies the items of GitHub JSON files without storing anything, with history from the index
 * when there is one: a dry run of the rules on new data.
 */
public final class ClassifyFiles {
  private final Devpulse app;

  public ClassifyFiles(Devpulse app) {
    this.app = app;
  }

  /**
   * @param indexDir the index whose history the rules see, when there is one there
   * @param indexRequired whether a missing index is an error (it was named) rather than "no
   *     history"
   * @param listener is handed each item of the files, in file order, with its classification, as
   *     soon as it is classified (a front end prints it then, so what came before a bad record is
   *     shown)
   */
  public record Request(
      Path indexDir,
      boolean indexRequired,
      Pack pack,
      List<Path> files,
      ReadOptions readOptions,
      Listener listener) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      files = List.copyOf(files);
      Objects.requireNonNull(readOptions, "readOptions");
      Objects.requireNonNull(listener, "listener");
    }
  }

  /** Hears each item classified. */
  public interface Listener {
    void classified(Item item, Classification classification);
  }

  /**
   * @param items how many items were classified
   */
  public record Result(long items) {}

  public Result run(Request request) throws IOException {
    long items = 0;
    Path dir = request.indexDir();
    boolean withHistory = request.indexRequired() || HistoryIndex.exists(dir);
    Engine engine = app.rules().engine(request.pack());
    try (DryRun dryRun =
        withHistory ? withHistoryOf(engine, dir) : engine.dryRunWithHistoryOf(null)) {
      for (Path file : request.files()) {
        try (GithubFileReader reader = GithubFileReader.open(file, request.readOptions())) {
          for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
            if (r.get().entity() instanceof Item item) {
              request.listener().classified(item, dryRun.classify(item));
              items++;
            }
          }
        }
      }
    }
    return new Result(items);
  }

  private static DryRun withHistoryOf(Engine engine, Path dir) {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      return engine.dryRunWithHistoryOf(index);
    }
  }
}
