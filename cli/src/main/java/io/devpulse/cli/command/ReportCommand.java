package io.devpulse.cli.command;

import io.devpulse.app.WriteReport;
import io.devpulse.cli.CliContext;
import io.devpulse.cli.ExitCode;
import io.devpulse.cli.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.IndexWait;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.option.SyncSettings;
import io.devpulse.model.Repository;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.ReportRequest;
import io.devpulse.report.Window;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code devpulse report}: the report of a repository's activity in a window, from the index and the
 * rules' classification (refreshed first if the rules changed), optionally after a sync.
 */
@Command(name = "report", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class ReportCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;
  @Mixin SyncSettings syncSettings;
  @Mixin IndexWait indexWait;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", required = true, descriptionKey = "report.repo")
  Repository repo;

  @Option(names = "--from", paramLabel = "TIME", descriptionKey = "report.from")
  String from;

  @Option(names = "--to", paramLabel = "TIME", descriptionKey = "report.to")
  String to;

  @Option(names = "--last", paramLabel = "LENGTH", descriptionKey = "report.last")
  String last;

  @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "UTC", descriptionKey = "report.tz")
  ZoneId zone;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", descriptionKey = "report.lang")
  ReportLanguage language;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", descriptionKey = "report.format")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE|DIR", descriptionKey = "report.out")
  Path out;

  @Option(names = "--force", descriptionKey = "report.force")
  boolean force;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "report.templates")
  Path templates;

  @Option(names = "--project", paramLabel = "NAME", descriptionKey = "report.project")
  String project;

  @Option(names = "--trend-windows", paramLabel = "N", defaultValue = "4",
      descriptionKey = "report.trendWindows")
  int trendWindows;

  @Option(names = "--sync", descriptionKey = "report.sync")
  boolean sync;

  private final Clock clock;

  public ReportCommand() {
    this(Clock.systemUTC());
  }

  public ReportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    // The report shows minutes: a window ending "now" ends at the current minute, so reruns agree.
    Window window = Window.parse(from, to, last, clock.instant().truncatedTo(ChronoUnit.MINUTES));
    Path dir = index.resolve(ctx.env());
    RulePack pack = rules.pack(ctx.env());
    if (sync) {
      SyncSettings.printSummary(ctx.err(), dir, indexWait.retrying(
          () -> syncSettings.sync(ctx, dir, List.of(repo), pack)));
    }
    ReportRequest request = ReportRequest.of(repo, window).withProjectName(project).withZone(zone)
        .withLanguage(language).withFormat(format).withTemplatesDir(templates)
        .withTrendWindows(trendWindows);
    WriteReport.Result result = new WriteReport(ctx.app())
        .run(new WriteReport.Request(dir, pack, request, out, force), ctx.notices());
    if (result.writtenOrNull() == null) {
      ctx.out().print(result.text());
    } else {
      ctx.err().println(Messages.get("report.written", result.writtenOrNull()));
    }
    return ExitCode.OK;
  }
}
