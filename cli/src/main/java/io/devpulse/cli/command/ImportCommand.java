package io.devpulse.cli.command;

import io.devpulse.app.ImportFiles;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.IndexWait;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.github.ReadOptions;
import io.devpulse.github.RecordType;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code devpulse import}: GitHub JSON files into the index, whole or not at all. */
@Command(name = "import", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class ImportCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;
  @Mixin IndexWait indexWait;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "import.repo")
  Repository repo;

  @Option(names = "--type", paramLabel = "TYPE", descriptionKey = "import.type")
  RecordType type;

  @Option(names = "--skip-bad", descriptionKey = "import.skipBad")
  boolean skipBad;

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "import.files")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    for (Path file : files) {
      if (!Files.isReadable(file)) {
        throw new UserErrorException(Messages.get("import.unreadable", file));
      }
    }
    Path dir = index.resolve(ctx.env());
    ImportFiles.Request request =
        new ImportFiles.Request(
            dir, files, new ReadOptions(repo, type, skipBad), rules.pack(ctx.env()));
    ImportFiles.Result s = indexWait.retrying(() -> new ImportFiles(ctx.app()).run(request));
    ctx.out()
        .println(
            Messages.get(
                "import.summary",
                s.items(),
                s.added(),
                s.replaced(),
                s.keptNewer(),
                s.comments(),
                s.reviews(),
                s.files(),
                dir));
    if (s.releases() > 0) {
      ctx.out().println(Messages.get("import.releases", s.releases()));
    }
    if (s.skipped() > 0) {
      ctx.err().println(Messages.get("import.skipped", s.skipped()));
    }
    return ExitCode.OK;
  }
}
