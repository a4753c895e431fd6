package io.devpulse.app;

import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.HeldRepositories;
import io.devpulse.app.internal.Messages;
import io.devpulse.app.internal.ReportContexts;
import io.devpulse.app.internal.SiteFiles;
import io.devpulse.app.internal.SiteHistoryReader;
import io.devpulse.classify.Pack;
import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.PackMessages;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.model.Window;
import io.devpulse.report.ReleaseReport;
import io.devpulse.report.ReleaseReportBuilder;
import io.devpulse.report.ReleaseReportRequest;
import io.devpulse.report.Report;
import io.devpulse.report.ReportBuilder;
import io.devpulse.report.ReportContext;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.ReportRenderer;
import io.devpulse.report.ReportRequest;
import io.devpulse.report.TemplateSet;
import io.devpulse.report.site.ActivityHistory;
import io.devpulse.report.site.AmdHistory;
import io.devpulse.report.site.HistorySpan;
import io.devpulse.report.site.ReportPage;
import io.devpulse.report.site.RepositoryHistory;
import io.devpulse.report.site.SiteData;
import io.devpulse.report.site.SiteLayout;
import io.devpulse.report.site.SiteRenderer;
import io.devpulse.report.site.TopicHistory;
import io.devpulse.report.site.WeekAxis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the static site from the index: a home page (per repository: the latest report, the report
 * archive newest first, the history held), per repository the topic, AMD/ROCm and activity history
 * pages with SVG charts and a list page behind every bar, and a report page per day for the last
 * {@code days} days held (the {@code report} use case's HTML, or its Markdown as Jekyll posts).
 * Same index, rules and request: same bytes; nothing reads the clock. Files are written only when
 * their bytes change.
 */
public final class BuildSite {
  /** The most days of daily reports a site holds. */
  public static final int MAX_DAYS = 366;

  private static final Pattern DOTS = Pattern.compile("\\.+");

  private final Devpulse app;

  public BuildSite(Devpulse app) {
    this.app = app;
  }

  /**
   * @param repositories the repositories to show; empty for every repository the index holds
   * @param zone the zone weeks, days and times are counted in
   * @param jekyll write a Jekyll source ({@link SiteLayout#JEKYLL}) instead of plain HTML
   * @param days how many days of daily reports, ending on the day of the newest item held
   * @param projectOrNull the project's name for a site of one repository's reports; null: the
   *     repository's
   * @param force replace files in the folder that devpulse did not write (else they are left alone
   *     and the run stops)
   * @param notices hears that stale classifications were refreshed first
   */
  public record Request(
      Path indexDir,
      Pack pack,
      Path outDir,
      List<Repository> repositories,
      ReportLanguage language,
      ZoneId zone,
      boolean jekyll,
      int days,
      String projectOrNull,
      boolean force,
      IndexNotices notices) {
    public Request {
      Objects.requireNonNull(notices, "notices");
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(outDir, "outDir");
      repositories = List.copyOf(repositories);
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(zone, "zone");
      if (days < 1 || days > MAX_DAYS) {
        throw new UserErrorException(Messages.get("site.badDays", days));
      }
    }

    public SiteLayout layout() {
      return jekyll ? SiteLayout.JEKYLL : SiteLayout.STATIC;
    }
  }

  /**
   * @param repositories the repositories shown
   * @param files every file of the site (relative paths, in order)
   * @param written the files whose bytes changed and were written
   */
  public record Result(List<Repository> repositories, List<String> files, List<String> written) {
    public Result {
      repositories = List.copyOf(repositories);
      files = List.copyOf(files);
      written = List.copyOf(written);
    }
  }

  public Result run(Request request) {
    Path out = SiteFiles.root(request.outDir());
    SiteData data;
    try (HistoryIndex index =
        CurrentIndex.open(app, request.indexDir(), request.pack(), request.notices())) {
      CurrentIndex.checkAssociations(index, request.notices());
      data = read(index, request);
    }
    SortedMap<String, String> files =
        SiteRenderer.render(data, request.layout(), request.pack().phrasing());
    files.replaceAll((name, text) -> app.secrets().redact(text));
    List<String> written = SiteFiles.writeChanged(out, files, request.force());
    return new Result(
        data.repositories().stream().map(RepositoryHistory::repository).toList(),
        List.copyOf(files.keySet()),
        written);
  }

  /** The site's data from an open index: what {@link SiteRenderer} draws. */
  SiteData read(HistoryIndex index, Request request) {
    List<Repository> repos = repositories(index, request.repositories());
    BotPolicy bots = index.botPolicy();
    List<RepositoryHistory> histories = new ArrayList<>();
    for (Repository repo : repos) {
      histories.add(history(index, request, repo, bots, repos.size() == 1));
    }
    List<ReportPage> rollUps =
        repos.size() < 2 ? List.of() : rollUpReports(index, request, repos, histories, bots);
    return new SiteData(histories, request.language(), request.zone(), rollUps);
  }

  /**
   * With several repositories, a daily roll-up report over all of them for the same days as the
   * repositories' own (the last {@code days} days, ending on the day of the newest item of any of
   * them).
   */
  private static List<ReportPage> rollUpReports(
      HistoryIndex index,
      Request request,
      List<Repository> repos,
      List<RepositoryHistory> histories,
      BotPolicy bots) {
    Instant from =
        histories.stream().map(h -> h.coverage().from()).min(Instant::compareTo).orElseThrow();
    Instant to =
        histories.stream().map(h -> h.coverage().to()).max(Instant::compareTo).orElseThrow();
    CoverageLedger ledger = CoverageLedger.read(index.commitData());
    io.devpulse.model.Coverage held =
        io.devpulse.model.Coverage.allOf(repos.stream().map(ledger::coverageOf).toList());
    ReportContext context = ReportContexts.of(bots, request.pack(), held);
    ReportFormat format = request.jekyll() ? ReportFormat.MD : ReportFormat.HTML;
    String names =
        String.join("-", repos.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
    List<ReportPage> pages = new ArrayList<>();
    for (LocalDate day : days(request, from, to)) {
      ReportRequest report =
          ReportRequest.of(repos, dayWindow(day, request.zone()))
              .withZone(request.zone())
              .withLanguage(request.language())
              .withFormat(format)
              .withProjectName(request.projectOrNull());
      String text =
          ReportRenderer.render(
              ReportBuilder.build(index, report, context), report, context.phrasing());
      pages.add(new ReportPage(day, day + "-daily-rollup-" + names + "." + format.key(), text));
    }
    return pages;
  }

  /** The last {@code days} days of {@code [from, to]} in the request's zone, oldest first. */
  private static List<LocalDate> days(Request request, Instant from, Instant to) {
    ZoneId zone = request.zone();
    LocalDate last = to.atZone(zone).toLocalDate();
    LocalDate first = from.atZone(zone).toLocalDate();
    LocalDate start = last.minusDays(request.days() - 1L);
    if (start.isBefore(first)) {
      start = first;
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
      days.add(day);
    }
    return days;
  }

  private static Window dayWindow(LocalDate day, ZoneId zone) {
    return new Window(
        day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
  }

  private List<Repository> repositories(HistoryIndex index, List<Repository> asked) {
    HeldRepositories held = HeldRepositories.of(index);
    if (held.withItems().isEmpty()) {
      throw new UserErrorException(Messages.get("site.emptyIndex"));
    }
    // Asked for: case-insensitively, in the index's spelling; else every repository with items.
    List<Repository> repos = asked.isEmpty() ? held.withItems() : held.resolveAll(asked);
    for (Repository r : repos) {
      if (DOTS.matcher(r.owner()).matches() || DOTS.matcher(r.name()).matches()) {
        throw new UserErrorException(Messages.get("site.badRepository", r));
      }
    }
    return repos;
  }

  /**
   * {@code single}: the site shows this repository alone, so its reports carry the project's name.
   */
  private RepositoryHistory history(
      HistoryIndex index, Request request, Repository repo, BotPolicy bots, boolean single) {
    SiteHistoryReader reader =
        new SiteHistoryReader(
            index, repo, request.zone(), bots, request.pack().focusTopic().orElse(null));
    HistorySpan coverage = reader.coverage();
    Map<String, Map<String, Long>> topicCounts = new LinkedHashMap<>();
    Map<String, Map<String, Long>> mentionCounts = new LinkedHashMap<>();
    for (String topic : reader.topics()) {
      topicCounts.put(
          topic, reader.weekly(SiteHistoryReader.primaryQuery(topic), DateField.CREATED));
      mentionCounts.put(
          topic, reader.weekly(SiteHistoryReader.mentionsQuery(topic), DateField.CREATED));
    }
    Map<String, Long> amdMerged = reader.focusMerged();
    Map<String, Long> amdIssues = reader.focusIssues();
    Map<String, Long> created = reader.weekly("", DateField.CREATED);
    Map<String, Long> merged = reader.weekly(SiteHistoryReader.MERGED, DateField.MERGED);
    Map<String, Long> closed = reader.weekly(SiteHistoryReader.CLOSED_UNMERGED, DateField.CLOSED);
    List<Map<String, Long>> all = new ArrayList<>(topicCounts.values());
    all.addAll(mentionCounts.values());
    all.addAll(List.of(amdMerged, amdIssues, created, merged, closed));
    WeekAxis axis = reader.axis(coverage, all);
    boolean complete = reader.lastWeekComplete(coverage, axis);
    List<TopicHistory> topics = new ArrayList<>();
    topicCounts.forEach(
        (topic, counts) ->
            topics.add(reader.topic(topic, counts, mentionCounts.get(topic), axis, complete)));
    AmdHistory amd = reader.amd(amdMerged, amdIssues, axis);
    ActivityHistory activity = reader.activity(created, merged, closed, axis);
    DailyReports daily = reports(index, request, repo, coverage, bots, single);
    List<String> otherPosts = request.jekyll() ? existingPosts(request.outDir(), repo) : List.of();
    ReportFormat format = request.jekyll() ? ReportFormat.MD : ReportFormat.HTML;
    // The pack's words, read once for the repository's attention part and all its release pages.
    PackMessages phrasing = request.pack().phrasing();
    String attention =
        daily.latestOrNull() == null
            ? ""
            : ReportRenderer.renderPart(
                daily.latestOrNull(),
                "attention",
                format,
                request.language(),
                TemplateSet.builtIn(),
                phrasing);
    return new RepositoryHistory(
        repo,
        coverage,
        axis,
        complete,
        topics,
        amd,
        activity,
        daily.pages(),
        otherPosts,
        releaseReports(index, request, repo, single, phrasing),
        attention);
  }

  /** A report per published release of {@code repo} held, oldest first. */
  private static List<RepositoryHistory.ReleasePage> releaseReports(
      HistoryIndex index, Request request, Repository repo, boolean single, PackMessages phrasing) {
    ReportFormat format = request.jekyll() ? ReportFormat.MD : ReportFormat.HTML;
    List<RepositoryHistory.ReleasePage> pages = new ArrayList<>();
    for (Release release : index.releases(repo)) {
      if (release.draft() || release.publishedAtOrNull() == null) {
        continue;
      }
      ReleaseReportRequest ask =
          new ReleaseReportRequest(
              repo,
              release.tag(),
              single ? request.projectOrNull() : null,
              request.zone(),
              request.language(),
              format,
              null);
      ReleaseReport built = ReleaseReportBuilder.build(index, ask);
      pages.add(
          new RepositoryHistory.ReleasePage(
              release.tag(),
              new ReportPage(
                  release.publishedAtOrNull().atZone(request.zone()).toLocalDate(),
                  WriteReleaseReport.postName(built, format),
                  ReportRenderer.renderRelease(built, ask, phrasing))));
    }
    pages.sort(
        java.util.Comparator.comparing((RepositoryHistory.ReleasePage p) -> p.page().postName()));
    return pages;
  }

  /**
   * A repository's daily report pages, oldest first, and the newest day's report (null: no day).
   */
  private record DailyReports(List<ReportPage> pages, Report latestOrNull) {}

  /** A report per day, the last {@code days} days held, oldest first. */
  private static DailyReports reports(
      HistoryIndex index,
      Request request,
      Repository repo,
      HistorySpan coverage,
      BotPolicy bots,
      boolean single) {
    ZoneId zone = request.zone();
    LocalDate last = coverage.to().atZone(zone).toLocalDate();
    LocalDate first = coverage.from().atZone(zone).toLocalDate();
    LocalDate start = last.minusDays(request.days() - 1L);
    if (start.isBefore(first)) {
      start = first;
    }
    ReportFormat format = request.jekyll() ? ReportFormat.MD : ReportFormat.HTML;
    // Each day's report says what it rests on, as `report` does.
    ReportContext context =
        ReportContexts.of(
            bots, request.pack(), CoverageLedger.read(index.commitData()).coverageOf(repo));
    List<ReportPage> pages = new ArrayList<>();
    Report latest = null;
    for (LocalDate day = start; !day.isAfter(last); day = day.plusDays(1)) {
      Window window =
          new Window(
              day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
      ReportRequest report =
          ReportRequest.of(repo, window)
              .withZone(zone)
              .withLanguage(request.language())
              .withFormat(format)
              .withProjectName(single ? request.projectOrNull() : null);
      latest = ReportBuilder.build(index, report, context);
      String text = ReportRenderer.render(latest, report, context.phrasing());
      pages.add(new ReportPage(day, dailyPostName(day, repo, format), text));
    }
    return new DailyReports(pages, latest);
  }

  /**
   * {@code 2025-12-12-daily-vllm.md}: a daily report's post, named apart from the hourly posts of
   * {@code devpulse report --out} ({@code 2025-12-13-0000-vllm.md}), which it must never overwrite.
   */
  static String dailyPostName(LocalDate day, Repository repo, ReportFormat format) {
    return day + "-daily-" + repo.name().toLowerCase(Locale.ROOT) + "." + format.key();
  }

  /**
   * The report posts of {@code repo} already in {@code out/_posts}, as {@code report --out} names
   * them ({@code yyyy-MM-dd-HHmm-1h-name.md}, see {@code ReportFiles.postName}).
   */
  private static List<String> existingPosts(Path out, Repository repo) {
    Path posts = out.resolve("_posts");
    if (!Files.isDirectory(posts)) {
      return List.of();
    }
    Pattern name =
        Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d+[mhd]-"
                + Pattern.quote(repo.name().toLowerCase(Locale.ROOT))
                + "\\.md");
    try (Stream<Path> files = Files.list(posts)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> name.matcher(n).matches())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UserErrorException(Messages.get("site.cannotWrite", posts, e.getMessage()), e);
    }
  }
}
