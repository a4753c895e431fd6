package io.devpulse.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.app.ClassifyFiles;
import io.devpulse.app.Reclassify;
import io.devpulse.classify.Pack;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.IndexWait;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.output.ClassificationJson;
import io.devpulse.github.ReadOptions;
import io.devpulse.github.RecordType;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse classify}: with files, classifies their items and prints one JSON line each
 * without storing anything (history from the index when there is one); without files, classifies
 * the index's items again (those of other rule sets, or {@code --all}).
 */
@Command(name = "classify", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class ClassifyCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;
  @Mixin IndexWait indexWait;

  /** Only JSON Lines for now: one object per item, easy to pipe into jq or a file. */
  public enum Format {
    JSONL
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "jsonl",
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

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    Path dir = index.resolve(ctx.env());
    Pack pack = rules.pack(ctx.env());
    if (files.isEmpty()) {
      Reclassify.Result done =
          indexWait.retrying(
              () -> new Reclassify(ctx.app()).run(new Reclassify.Request(dir, pack, all)));
      ctx.out()
          .println(
              Messages.get(
                  "classify.reclassified", done.items(), dir, done.packOrigin(), done.changed()));
      return ExitCode.OK;
    }
    // History from the index when there is one; --index names one that must exist.
    new ClassifyFiles(ctx.app())
        .run(
            new ClassifyFiles.Request(
                dir,
                index.given(),
                pack,
                files,
                new ReadOptions(repo, type, false),
                (item, classification) ->
                    ctx.out().println(json(ClassificationJson.of(item, classification)))));
    return ExitCode.OK;
  }
}
