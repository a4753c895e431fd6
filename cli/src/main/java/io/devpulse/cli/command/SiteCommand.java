package io.devpulse.cli.command;

import io.devpulse.app.BuildSite;
import io.devpulse.classify.Pack;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.RepositoryList;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.model.Repository;
import io.devpulse.report.ReportLanguage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse site}: the static site (home, report archive, topic/AMD/activity history with
 * charts) from the index, written where it changed.
 */
@Command(name = "site", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class SiteCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "site.out")
  Path out;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "site.repo")
  List<Repository> repos = new ArrayList<>();

  @Option(names = "--repos-file", paramLabel = "FILE", descriptionKey = "site.reposFile")
  Path reposFile;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", descriptionKey = "site.lang")
  ReportLanguage language;

  @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "UTC", descriptionKey = "site.tz")
  ZoneId zone;

  @Option(names = "--days", paramLabel = "N", defaultValue = "7", descriptionKey = "site.days")
  int days;

  @Option(names = "--jekyll", descriptionKey = "site.jekyll")
  boolean jekyll;

  @Option(names = "--project", paramLabel = "NAME", descriptionKey = "site.project")
  String project;

  @Option(names = "--force", descriptionKey = "site.force")
  boolean force;

  @Override
  public Integer call() {
    CliContext ctx = root.context();
    Path dir = index.resolve(ctx.env());
    Pack pack = rules.pack(ctx.env());
    List<Repository> repositories = reposFile == null ? repos : RepositoryList.of(repos, reposFile);
    BuildSite.Result result =
        new BuildSite(ctx.app())
            .run(
                new BuildSite.Request(
                    dir,
                    pack,
                    out,
                    repositories,
                    language,
                    zone,
                    jekyll,
                    days,
                    project,
                    force,
                    ctx.notices()));
    result.written().forEach(f -> ctx.err().println(Messages.get("site.wroteFile", f)));
    ctx.out()
        .println(
            Messages.get(
                "site.summary",
                result.files().size(),
                result.written().size(),
                result.repositories().size(),
                out));
    return ExitCode.OK;
  }
}
