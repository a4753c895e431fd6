package io.devpulse.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.github.RecordType;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse classify}: with files, classifies their items and prints one JSON line each without
 * storing anything (history from the index when there is one); without files, classifies the index's
 * items again (those of other rule sets, or {@code --all}).
 */
@Command(name = "classify", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class ClassifyCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;
  @Mixin IndexWait indexWait;

  /** Only JSON Lines for now: one object per item, easy to pipe into jq or a file. */
  enum Format { JSONL }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      descriptionKey = "classify.format")
  Format format;


  @Option(names = "--all", descriptionKey = "classify.all")
  boolean all;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "import.repo")
  Repository repo;

  @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "import.type")
  RecordType type;

  @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "classify.files")
  List<Path> files = List.of();

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    Path dir = index.resolve(ctx.env());
    CompiledRules compiled = rules.compile(ctx.env());
    if (files.isEmpty()) {
      HistoryIndex.open(dir).close(); // a clear "no index" error before anything else
      long n = indexWait.retrying(() -> new Reclassifier(Clock.systemUTC()).reclassify(dir, compiled, all));
      ctx.out().println(Messages.get("classify.reclassified", n, dir, compiled.pack().origin()));
      return ExitCode.OK;
    }
    boolean withHistory = index.index != null || HistoryIndex.exists(dir);
    try (HistoryIndex history = withHistory ? HistoryIndex.open(dir) : null;
        Classifier classifier = compiled.newClassifier()) {
      var h = IndexHistory.of(history);
      for (Path file : files) {
        try (GithubFileReader reader = GithubFileReader.open(file, new ReadOptions(repo, type, false))) {
          for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
            if (r.get().entity() instanceof Item item) {
              ctx.out().println(JSON.writeValueAsString(
                  ClassificationJson.of(item, classifier.classify(item, h))));
            }
          }
        }
      }
    }
    return ExitCode.OK;
  }
}
