package io.devpulse.cli;

import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.report.AmdChecks;
import io.devpulse.report.Report;
import io.devpulse.report.ReportBuilder;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.ReportRenderer;
import io.devpulse.report.ReportRequest;
import io.devpulse.report.Window;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RulePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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
final class ReportCommand implements Callable<Integer> {
  private static final DateTimeFormatter POST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

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

  ReportCommand() {
    this(Clock.systemUTC());
  }

  ReportCommand(Clock clock) {
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
          () -> syncSettings.sync(ctx, dir, List.of(repo), RulesOption.compiled(pack))));
    }
    ReportRequest request = new ReportRequest(repo, window, project, zone, language, format, templates,
        bots(pack), trendWindows, amdChecks(pack));
    String text;
    try (HistoryIndex history = ClassificationRefresh.openCurrent(dir, pack, ctx.err())) {
      Report report = ReportBuilder.build(history, request);
      text = ReportRenderer.render(report, request);
    }
    if (out == null) {
      ctx.out().print(text);
    } else {
      Path file = Files.isDirectory(out) ? out.resolve(postName(window.to())) : out;
      write(file, text);
      ctx.err().println(Messages.get("report.written", file));
    }
    return ExitCode.OK;
  }

  /** The pack's bot list (bots.txt) with the report's defaults, so an edit to bots.txt shows here too. */
  private static Set<String> bots(RulePack pack) {
    Set<String> bots = new TreeSet<>(ReportRequest.DEFAULT_BOT_LOGINS);
    bots.addAll(PackTerms.of(pack).botLogins());
    return bots;
  }

  /**
   * What the AMD section says it checked: the reference's keyword list, and the login suffixes of the
   * pack's amd-rocm list (so an edited list is what the report names).
   */
  private static AmdChecks amdChecks(RulePack pack) {
    return new AmdChecks(AmdChecks.defaults().keywords(),
        List.copyOf(PackTerms.of(pack).topicLoginSuffixes(ReportBuilder.AMD_TOPIC)));
  }

  /** A Jekyll post name: {@code 2025-12-10-1201-vllm.md}, by the window's end in the display zone. */
  private String postName(Instant end) {
    return POST_DATE.format(end.atZone(zone)) + "-" + repo.name().toLowerCase(Locale.ROOT)
        + "." + format.key();
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // Written beside the target and moved over it: a reader never sees half a report.
      Path tmp = Files.createTempFile(parent, ".devpulse-report", ".tmp");
      // createTempFile makes the file private (0600); a report is meant to be published.
      if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
      }
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("report.cannotWrite", file, e.getMessage()), e);
    }
  }

}
