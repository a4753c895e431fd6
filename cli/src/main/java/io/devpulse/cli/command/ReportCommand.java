package io.devpulse.cli.command;

import io.devpulse.app.CatchUpReports;
import io.devpulse.app.WriteReleaseReport;
import io.devpulse.app.WriteReport;
import io.devpulse.classify.Pack;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.IndexWait;
import io.devpulse.cli.option.RepositoryList;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.option.SyncSettings;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.ReleaseReportRequest;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.ReportRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code devpulse report}: the report of a repository's activity in a window, from the index and
 * the rules' classification (refreshed first if the rules changed), optionally after a sync.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class ReportCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;
  @Mixin SyncSettings syncSettings;
  @Mixin IndexWait indexWait;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "report.repo")
  List<Repository> repos = new ArrayList<>();

  @Option(names = "--repos-file", paramLabel = "FILE", descriptionKey = "report.reposFile")
  Path reposFile;

  @Option(names = "--from", paramLabel = "TIME", descriptionKey = "report.from")
  String from;

  @Option(names = "--to", paramLabel = "TIME", descriptionKey = "report.to")
  String to;

  @Option(names = "--last", paramLabel = "LENGTH", descriptionKey = "report.last")
  String last;

  @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "UTC", descriptionKey = "report.tz")
  ZoneId zone;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "zh",
      descriptionKey = "report.lang")
  ReportLanguage language;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "md",
      descriptionKey = "report.format")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE|DIR", descriptionKey = "report.out")
  Path out;

  @Option(names = "--force", descriptionKey = "report.force")
  boolean force;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "report.templates")
  Path templates;

  @Option(names = "--project", paramLabel = "NAME", descriptionKey = "report.project")
  String project;

  @Option(
      names = "--trend-windows",
      paramLabel = "N",
      defaultValue = "4",
      descriptionKey = "report.trendWindows")
  int trendWindows;

  /** Null unless given: the rule pack's {@code attention.review-wait} (48h when it sets none). */
  @Option(names = "--review-wait", paramLabel = "LENGTH", descriptionKey = "report.reviewWait")
  String reviewWait;

  @Option(names = "--release", paramLabel = "TAG", descriptionKey = "report.release")
  String release;

  @Option(names = "--sync", descriptionKey = "report.sync")
  boolean sync;

  @Option(names = "--require-complete", descriptionKey = "report.requireComplete")
  boolean requireComplete;

  @Option(names = "--catch-up", descriptionKey = "report.catchUp")
  boolean catchUp;

  @Option(names = "--max", paramLabel = "N", defaultValue = "24", descriptionKey = "report.max")
  int max;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    if (catchUp && (last == null || from != null || to != null || out == null)) {
      throw new ParameterException(spec.commandLine(), Messages.get("report.catchUpUsage"));
    }
    if (max < 1 || max > 10_000) {
      throw new ParameterException(
          spec.commandLine(), "--max (" + max + ") must be between 1 and 10000");
    }
    if (repos.isEmpty() && reposFile == null) {
      throw new ParameterException(spec.commandLine(), Messages.get("report.repoMissing"));
    }
    List<Repository> repositories = RepositoryList.of(repos, reposFile);
    Path dir = index.resolve(ctx.env());
    Pack pack = rules.pack(ctx.env());
    if (sync) {
      SyncSettings.printSummary(
          ctx.err(),
          dir,
          indexWait.retrying(() -> syncSettings.sync(ctx, dir, repositories, pack)));
    }
    if (release != null) {
      return releaseReport(ctx, dir, pack, repositories);
    }
    Instant now = ctx.app().clock().instant();
    ReportRequest request =
        ReportRequest.of(repositories, Window.parse(from, to, last, now, zone))
            .withProjectName(project)
            .withZone(zone)
            .withLanguage(language)
            .withFormat(format)
            .withTemplatesDir(templates)
            .withTrendWindows(trendWindows)
            .withReviewWait(reviewWait == null ? null : Window.length("--review-wait", reviewWait));
    if (catchUp) {
      CatchUpReports.Result done =
          new CatchUpReports(ctx.app())
              .run(
                  new CatchUpReports.Request(
                      dir, pack, request, last, max, out, requireComplete, ctx.notices()));
      done.written().forEach(f -> ctx.err().println(Messages.get("report.written", f)));
      done.incomplete()
          .forEach(
              w -> ctx.err().println(Messages.get("report.skippedIncomplete", w.from(), w.to())));
      ctx.out().println(Messages.get("report.caughtUp", done.written().size(), out));
      return done.incomplete().isEmpty() ? ExitCode.OK : ExitCode.USER_ERROR;
    }
    WriteReport.Result result =
        new WriteReport(ctx.app())
            .run(
                new WriteReport.Request(
                    dir, pack, request, out, force, requireComplete, ctx.notices()));
    if (result.writtenOrNull() == null) {
      ctx.out().print(result.text());
    } else {
      ctx.err().println(Messages.get("report.written", result.writtenOrNull()));
    }
    return ExitCode.OK;
  }

  /** {@code --release TAG}: one repository's release report; the window options do not apply. */
  private int releaseReport(CliContext ctx, Path dir, Pack pack, List<Repository> repositories) {
    if (repositories.size() != 1 || catchUp || from != null || to != null || last != null) {
      throw new ParameterException(spec.commandLine(), Messages.get("report.releaseUsage"));
    }
    WriteReleaseReport.Result result =
        new WriteReleaseReport(ctx.app())
            .run(
                new WriteReleaseReport.Request(
                    dir,
                    pack,
                    new ReleaseReportRequest(
                        repositories.get(0), release, project, zone, language, format, templates),
                    out,
                    force,
                    ctx.notices()));
    if (result.writtenOrNull() == null) {
      ctx.out().print(result.text());
    } else {
      ctx.err().println(Messages.get("report.written", result.writtenOrNull()));
    }
    return ExitCode.OK;
  }
}
