package io.devpulse.cli.command;

import io.devpulse.app.SyncRepositories;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.IndexWait;
import io.devpulse.cli.option.RepositoryList;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.option.SyncSettings;
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
public final class SyncCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;
  @Mixin SyncSettings settings;
  @Mixin IndexWait indexWait;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "sync.repo")
  List<Repository> repos = new ArrayList<>();

  @Option(names = "--repos-file", paramLabel = "FILE", descriptionKey = "sync.reposFile")
  Path reposFile;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    List<Repository> repositories = RepositoryList.of(repos, reposFile);
    Path dir = index.resolve(ctx.env());
    var pack = rules.pack(ctx.env());
    SyncRepositories.Result s =
        indexWait.retrying(() -> settings.sync(ctx, dir, repositories, pack));
    SyncSettings.printSummary(ctx.out(), dir, s);
    return ExitCode.OK;
  }
}
