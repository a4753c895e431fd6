package io.devpulse.cli;

import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code devpulse sync}: what changed on GitHub since the last sync, into the index. */
@Command(name = "sync", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class SyncCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;
  @Mixin SyncSettings settings;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "sync.repo")
  List<Repository> repos = new ArrayList<>();

  @Option(names = "--repos-file", paramLabel = "FILE", descriptionKey = "sync.reposFile")
  Path reposFile;

  @Option(names = "--verbose", descriptionKey = "option.verbose")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    List<Repository> repositories = RepositoryList.of(repos, reposFile);
    Path dir = index.resolve(ctx.env());
    SyncSummary s = settings.sync(ctx, dir, repositories, rules.compile(ctx.env()));
    SyncSettings.printSummary(ctx.out(), dir, s);
    return ExitCode.OK;
  }
}
