package io.devpulse.report.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import io.devpulse.model.PackMessages;
import io.devpulse.model.Repository;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.TemplateSet;
import io.devpulse.report.TrendDirection;
import io.devpulse.report.internal.HtmlEscaper;
import io.devpulse.report.internal.MarkdownEscaper;
import io.devpulse.report.internal.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Turns {@link SiteData} into the files of a site — pages, report pages and standalone chart files,
 * by path — with the Mustache templates and {@code SiteMessages} bundles of {@code
 * io/devpulse/report/site/}. Pages are HTML fragments in a page template ({@code
 * page.html.mustache} for a static site, {@code page.jekyll.mustache} with front matter for
 * Jekyll); the Jekyll home is Markdown ({@code home.jekyll.md.mustache}). Data goes through {@code
 * {{x}}} (HTML-escaped, braces too, so no Liquid survives); {@code {{{x}}}} writes only messages,
 * numbers, built links and drawn charts. The output depends only on the data.
 */
public final class SiteRenderer {
  static final String ROOT = "io/devpulse/report/site";
  private static final String BUNDLE = "io.devpulse.report.site.SiteMessages";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final int HOME_ARCHIVE = 60;

  private final SiteData data;
  private final SiteLayout layout;
  private final Messages m;
  private final Messages reportWords;
  private final PackMessages phrasing;
  private final ZoneId zone;
  private final Factory factory;
  private final SortedMap<String, String> files = new TreeMap<>();

  private SiteRenderer(SiteData data, SiteLayout layout, PackMessages phrasing) {
    this.data = data;
    this.layout = layout;
    this.phrasing = phrasing;
    this.m = messages(data.language());
    this.reportWords = TemplateSet.builtIn().messages(data.language());
    this.zone = data.zone();
    this.factory = new Factory();
  }

  /**
   * Every file of the site, by path relative to its root, in path order; topics named by the
   * report's own words.
   */
  public static SortedMap<String, String> render(SiteData data, SiteLayout layout) {
    return render(data, layout, PackMessages.NONE);
  }

  /**
   * Every file of the site, by path relative to its root, in path order; topics named in the words
   * of the rule pack ({@code phrasing}), else the report's.
   */
  public static SortedMap<String, String> render(
      SiteData data, SiteLayout layout, PackMessages phrasing) {
    SiteRenderer r = new SiteRenderer(data, layout, java.util.Objects.requireNonNull(phrasing));
    r.renderAll();
    return r.files;
  }

  /** The site's wording in {@code language} (no fallback to another language). */
  static Messages messages(ReportLanguage language) {
    return new Messages(Messages.bundle(BUNDLE, language.locale()));
  }

  /** The display name of a topic: the pack's, else the report's wording, else the topic itself. */
  String topicName(String topic) {
    return phrasing
        .format(data.language().key(), "topic." + topic, java.util.Map.of())
        .orElseGet(() -> reportWords.textOr("topic." + topic, topic));
  }

  /** A topic as a file-name part. */
  static String topicSlug(String topic) {
    return topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
  }

  private void renderAll() {
    home();
    for (ReportPage report : data.rollUpReports()) {
      String path = layout.rollUpReport(report);
      files.put(
          path,
          layout == SiteLayout.STATIC
              ? ReportPages.decorate(
                  report.text(), layout.href(path, layout.home()), m.text("backHome"))
              : report.text());
    }
    for (RepositoryHistory repo : data.repositories()) {
      topics(repo);
      amd(repo);
      activity(repo);
      for (ReportPage report : repo.reports()) {
        String path = layout.report(repo.repository(), report);
        files.put(
            path,
            layout == SiteLayout.STATIC
                ? ReportPages.decorate(
                    report.text(), layout.href(path, layout.home()), m.text("backHome"))
                : report.text());
      }
      for (RepositoryHistory.ReleasePage release : repo.releaseReports()) {
        String path = layout.release(repo.repository(), release.page());
        files.put(
            path,
            layout == SiteLayout.STATIC
                ? ReportPages.decorate(
                    release.page().text(), layout.href(path, layout.home()), m.text("backHome"))
                : release.page().text());
      }
    }
  }

  // ---- pages
  // ----------------------------------------------------------------------------------------

  private void home() {
    String path = layout.home();
    List<Map<String, Object>> repos = new ArrayList<>();
    for (RepositoryHistory repo : data.repositories()) {
      Map<String, Object> r = repoLinks(path, repo);
      r.put("coverageText", repo.coverage().describe(m, zone));
      List<Map<String, Object>> archive = archive(path, repo);
      r.put("hasReports", !archive.isEmpty());
      r.put("latest", archive.isEmpty() ? null : archive.get(0));
      r.put("archive", archive.size() > HOME_ARCHIVE ? archive.subList(0, HOME_ARCHIVE) : archive);
      r.put(
          "archiveMoreText",
          archive.size() > HOME_ARCHIVE
              ? m.format("archiveMore", archive.size() - HOME_ARCHIVE)
              : "");
      Chart chart =
          weekly(
              repo,
              new Chart(
                  "opened",
                  m.text("homeChart"),
                  repo.weeks().keys(),
                  List.of(ChartSeries.ofCounts(m.text("seriesCreated"), repo.activity().created())),
                  Chart.Kind.BARS));
      r.put("chart", chartView(repo.repository(), path, chart));
      r.put("attentionText", repo.attentionText());
      List<Map<String, Object>> releases = new ArrayList<>();
      for (RepositoryHistory.ReleasePage release : repo.releaseReports().reversed()) {
        releases.add(
            map(
                "label",
                m.format(
                    "releaseReport",
                    layout == SiteLayout.JEKYLL
                        ? MarkdownEscaper.escape(release.tag())
                        : HtmlEscaper.escape(release.tag()),
                    DAY.format(release.page().day())),
                "href",
                layout.href(path, layout.release(repo.repository(), release.page()))));
      }
      r.put("releases", releases);
      r.put("hasReleases", !releases.isEmpty());
      repos.add(r);
    }
    Map<String, Object> scope = base(path, null);
    String names =
        String.join(
            ", ", data.repositories().stream().map(h -> h.repository().fullName()).toList());
    String title = m.format("siteTitle", names);
    scope.put("title", title);
    scope.put("repositories", repos);
    scope.put("hasRepositories", !repos.isEmpty());
    if (!data.rollUpReports().isEmpty()) {
      List<Map<String, Object>> archive = new ArrayList<>();
      for (ReportPage r : data.rollUpReports().reversed()) {
        archive.add(
            map(
                "label",
                m.format("reportDay", DAY.format(r.day())),
                "href",
                layout.href(path, layout.rollUpReport(r))));
      }
      Map<String, Object> rollUp = new LinkedHashMap<>();
      rollUp.put("name", m.format("rollUpHeading", names));
      rollUp.put("latest", archive.get(0));
      rollUp.put("archive", archive);
      scope.put("rollUp", rollUp);
    }
    if (layout == SiteLayout.JEKYLL) {
      scope.put("titleYaml", yaml(title));
      files.put(path, run("home.jekyll.md.mustache", scope, MarkdownEscaper::escape));
    } else {
      page(path, title, "home.mustache", scope);
    }
  }

  private List<Map<String, Object>> archive(String from, RepositoryHistory repo) {
    record Entry(String post, String label, String href) {}
    List<Entry> entries = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (ReportPage r : repo.reports()) {
      ours.add(r.postName());
      entries.add(
          new Entry(
              r.postName(),
              m.format("reportDay", DAY.format(r.day())),
              layout.href(from, layout.report(repo.repository(), r))));
    }
    for (String post : repo.otherPosts()) {
      if (!ours.contains(post)) {
        // yyyy-MM-dd-HHmm-LEN-name.md: the window's start and length (as report --out names it).
        String start =
            post.substring(0, 10) + " " + post.substring(11, 13) + ":" + post.substring(13, 15);
        String length = post.substring(16, post.indexOf('-', 16));
        entries.add(
            new Entry(
                post, m.format("reportPost", start, length), layout.href(from, "_posts/" + post)));
      }
    }
    entries.sort(Comparator.comparing(Entry::post).reversed());
    List<Map<String, Object>> out = new ArrayList<>();
    for (Entry e : entries) {
      out.add(map("label", e.label(), "href", e.href()));
    }
    return out;
  }

  private void topics(RepositoryHistory repo) {
    Repository r = repo.repository();
    String path = layout.page(r, "topics");
    List<String> keys = repo.weeks().keys();
    List<TopicHistory> topics = new ArrayList<>(repo.topics());
    // by primary items; a topic only mentioned comes after, by its mentions
    topics.sort(
        Comparator.comparingLong(TopicHistory::total)
            .reversed()
            .thenComparing(Comparator.comparingLong(TopicHistory::mentionsTotal).reversed())
            .thenComparing(TopicHistory::topic));
    List<Map<String, Object>> rows = new ArrayList<>();
    String judgedWeek = null;
    for (TopicHistory t : topics) {
      List<String> hrefs = new ArrayList<>();
      for (String key : keys) {
        ItemList list = t.lists().get(key);
        hrefs.add(list == null ? "" : layout.href(path, layout.list(r, topicSlug(t.topic()), key)));
        if (list != null) {
          list(repo, t, list);
        }
      }
      Chart chart =
          weekly(
              repo,
              new Chart(
                  "topic-" + topicSlug(t.topic()),
                  m.format("topicChart", topicName(t.topic())),
                  keys,
                  topicSeries(t, hrefs),
                  Chart.Kind.BARS));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", topicName(t.topic()));
      row.put("topic", t.topic());
      row.put("anchor", "topic-" + topicSlug(t.topic()));
      row.put("total", t.total());
      row.put("mentions", t.mentionsTotal());
      row.put("hasMentions", t.mentionsTotal() > 0);
      row.put("trend", trendClass(t.trend()));
      row.put("trendText", m.text("trend." + trendClass(t.trend())));
      row.put("arrow", m.text("arrow." + trendClass(t.trend())));
      if (t.trendWeek() >= 0) {
        judgedWeek = keys.get(t.trendWeek());
        row.put("week", t.perWeek().get(t.trendWeek()));
        row.put(
            "trendLineText",
            m.format(
                "trendLine",
                keys.get(t.trendWeek()),
                t.perWeek().get(t.trendWeek()),
                SvgChart.value(Math.round(t.trendMean() * 10) / 10.0)));
      } else {
        row.put("week", "–");
        row.put("trendLineText", "");
      }
      row.put("chart", chartView(r, path, chart));
      rows.add(row);
    }
    Map<String, Object> scope = base(path, repo);
    String title = m.format("topicsTitle", r.fullName());
    scope.put("title", title);
    scope.put("topics", rows);
    scope.put("hasTopics", !rows.isEmpty());
    scope.put(
        "introText",
        judgedWeek == null
            ? m.text("topicsIntroNoTrend")
            : m.format("topicsIntro", judgedWeek, TopicHistory.COMPARED_WEEKS));
    page(path, title, "topics.mustache", scope);
  }

  /**
   * A topic chart's series: its primary items (bars linked to their lists), and when any item only
   * mentions the topic, those in a lighter shade beside.
   */
  private List<ChartSeries> topicSeries(TopicHistory t, List<String> hrefs) {
    List<Double> primary = t.perWeek().stream().map(Long::doubleValue).toList();
    if (t.mentionsTotal() == 0) {
      return List.of(new ChartSeries(topicName(t.topic()), primary, hrefs));
    }
    return List.of(
        new ChartSeries(m.text("seriesPrimary"), primary, hrefs),
        ChartSeries.ofCounts(m.text("seriesMentions"), t.mentionsPerWeek()).asLight());
  }

  private void list(RepositoryHistory repo, TopicHistory topic, ItemList list) {
    Repository r = repo.repository();
    String path = layout.list(r, topicSlug(topic.topic()), list.week());
    Map<String, Object> scope = base(path, repo);
    LocalDate monday = WeekAxis.parse(list.week());
    String title = m.format("listTitle", topicName(topic.topic()), list.week());
    scope.put("title", title);
    scope.put("spanText", m.format("listSpan", DAY.format(monday), DAY.format(monday.plusDays(6))));
    scope.put(
        "command",
        "devpulse query '"
            + list.query()
            + "' --repo "
            + r.fullName()
            + " --sort created:desc --limit "
            + Math.max(1, list.items().size()));
    scope.put(
        "countText",
        m.format(
            list.total() > list.items().size() ? "listCountShown" : "listCount",
            list.total(),
            list.items().size()));
    scope.put("items", items(list.items()));
    scope.put(
        "back", layout.href(path, layout.page(r, "topics")) + "#topic-" + topicSlug(topic.topic()));
    page(path, title, "list.mustache", scope);
  }

  /**
   * A chart by week, its last week marked as still in progress unless the history held says it is
   * over.
   */
  private Chart weekly(RepositoryHistory repo, Chart chart) {
    return repo.lastWeekComplete()
        ? chart
        : chart.withLastPartial(
            m.format(
                "weekInProgress",
                chart.keys().isEmpty() ? "" : chart.keys().get(chart.keys().size() - 1)));
  }

  private void amd(RepositoryHistory repo) {
    Repository r = repo.repository();
    String path = layout.page(r, "amd");
    AmdHistory amd = repo.amd();
    List<String> keys = repo.weeks().keys();
    Map<String, Object> scope = base(path, repo);
    String title = m.format("amdTitle", r.fullName());
    scope.put("title", title);
    scope.put(
        "merged",
        chartView(
            r,
            path,
            weekly(
                repo,
                new Chart(
                    "amd-merged",
                    m.text("amdMerged"),
                    keys,
                    List.of(ChartSeries.ofCounts(m.text("seriesMerged"), amd.mergedPerWeek())),
                    Chart.Kind.BARS))));
    scope.put(
        "issues",
        chartView(
            r,
            path,
            weekly(
                repo,
                new Chart(
                    "amd-issues",
                    m.text("amdIssues"),
                    keys,
                    List.of(ChartSeries.ofCounts(m.text("seriesCreated"), amd.newIssuesPerWeek())),
                    Chart.Kind.BARS))));
    scope.put("mergedTotal", amd.mergedPerWeek().stream().mapToLong(Long::longValue).sum());
    scope.put("issuesTotal", amd.newIssuesPerWeek().stream().mapToLong(Long::longValue).sum());
    List<Map<String, Object>> people = new ArrayList<>();
    for (NamedCount c : amd.contributors()) {
      people.add(map("login", c.name(), "count", c.count()));
    }
    scope.put("contributors", people);
    scope.put("hasContributors", !people.isEmpty());
    scope.put(
        "openHeadingText",
        amd.open().isEmpty()
            ? m.text("amdOpenNone")
            : m.format("amdOpen", amd.openTotal(), amd.open().size()));
    scope.put("open", items(amd.open()));
    scope.put("hasOpen", !amd.open().isEmpty());
    page(path, title, "amd.mustache", scope);
  }

  private void activity(RepositoryHistory repo) {
    Repository r = repo.repository();
    String path = layout.page(r, "activity");
    ActivityHistory a = repo.activity();
    List<String> keys = repo.weeks().keys();
    Map<String, Object> scope = base(path, repo);
    String title = m.format("activityTitle", r.fullName());
    scope.put("title", title);
    scope.put(
        "weekly",
        chartView(
            r,
            path,
            weekly(
                repo,
                new Chart(
                    "activity-weekly",
                    m.text("activityWeekly"),
                    keys,
                    List.of(
                        ChartSeries.ofCounts(m.text("seriesCreated"), a.created()),
                        ChartSeries.ofCounts(m.text("seriesMerged"), a.merged()),
                        ChartSeries.ofCounts(m.text("seriesClosed"), a.closedUnmerged())),
                    Chart.Kind.LINES))));
    scope.put(
        "firstTimers",
        chartView(
            r,
            path,
            weekly(
                repo,
                new Chart(
                    "activity-first-time",
                    m.text("firstTimers"),
                    keys,
                    List.of(
                        ChartSeries.ofCounts(m.text("seriesHumans"), a.firstTimers()),
                        ChartSeries.ofCounts(m.text("seriesBots"), a.firstTimeBots())),
                    Chart.Kind.BARS))));
    List<MergeTime> times = a.mergeTimes();
    scope.put("hasMergeTimes", !times.isEmpty());
    if (!times.isEmpty()) {
      List<String> months = times.stream().map(MergeTime::month).toList();
      scope.put(
          "mergeTimes",
          chartView(
              r,
              path,
              new Chart(
                  "activity-merge-time",
                  m.text("mergeTime"),
                  months,
                  List.of(
                      new ChartSeries(
                          m.text("seriesMedian"),
                          times.stream().map(t -> round1(t.medianDays())).toList(),
                          List.of()),
                      new ChartSeries(
                          m.text("seriesP90"),
                          times.stream().map(t -> round1(t.p90Days())).toList(),
                          List.of())),
                  Chart.Kind.LINES)));
      List<Map<String, Object>> rows = new ArrayList<>();
      for (MergeTime t : times) {
        rows.add(
            map(
                "month",
                t.month(),
                "merged",
                t.merged(),
                "median",
                SvgChart.value(round1(t.medianDays())),
                "p90",
                SvgChart.value(round1(t.p90Days()))));
      }
      scope.put("mergeRows", rows);
    }
    page(path, title, "activity.mustache", scope);
  }

  // ---- pieces
  // ---------------------------------------------------------------------------------------

  /** The scope every page starts from: messages, language, navigation. */
  private Map<String, Object> base(String path, RepositoryHistory repoOrNull) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("t", m.all());
    s.put("lang", data.language().key());
    s.put("homeHref", layout.href(path, layout.home()));
    if (repoOrNull != null) {
      s.put("repo", repoLinks(path, repoOrNull));
      s.put("coverageText", repoOrNull.coverage().describe(m, zone));
    }
    return s;
  }

  private Map<String, Object> repoLinks(String from, RepositoryHistory repo) {
    Repository r = repo.repository();
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("name", r.fullName());
    links.put("topicsHref", layout.href(from, layout.page(r, "topics")));
    links.put("amdHref", layout.href(from, layout.page(r, "amd")));
    links.put("activityHref", layout.href(from, layout.page(r, "activity")));
    return links;
  }

  private List<Map<String, Object>> items(List<ListItem> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ListItem i : items) {
      out.add(
          map(
              "number",
              i.number(),
              "url",
              i.url(),
              "title",
              i.title(),
              "author",
              i.author(),
              "kind",
              m.text(i.pullRequest() ? "kindPr" : "kindIssue"),
              "created",
              TIME.format(i.created().atZone(zone))));
    }
    return out;
  }

  /** A chart inlined in the page, also written as a standalone file the page links to. */
  private Map<String, Object> chartView(Repository repo, String page, Chart chart) {
    String svg = SvgChart.render(chart);
    String file = layout.chart(repo, chart.id());
    files.put(file, svg);
    return map("svg", svg, "title", chart.title(), "fileHref", layout.href(page, file));
  }

  private void page(String path, String title, String template, Map<String, Object> scope) {
    String content = run(template, scope, HtmlEscaper::escape);
    scope.put("content", content);
    scope.put("title", title);
    scope.put("titleYaml", yaml(title));
    String wrapper = layout == SiteLayout.STATIC ? "page.html.mustache" : "page.jekyll.mustache";
    files.put(path, run(wrapper, scope, HtmlEscaper::escape));
  }

  private String run(String template, Map<String, Object> scope, UnaryOperator<String> escaper) {
    StringWriter out = new StringWriter(8192);
    try {
      Mustache mustache = factory.compile(template);
      factory.escaper = escaper;
      mustache.execute(out, scope).flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + template, e);
    } catch (MustacheException e) {
      throw new IllegalStateException("site template " + template + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static String trendClass(TrendDirection d) {
    return d == TrendDirection.NO_HISTORY ? "none" : d.name().toLowerCase(Locale.ROOT);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /**
   * A YAML double-quoted scalar with braces as entities: no Liquid delimiter even in front matter.
   */
  static String yaml(String raw) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : raw.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        default -> {
          if (c >= 0x20) {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put((String) kv[i], kv[i + 1]);
    }
    return out;
  }

  /** Templates from the classpath; {@code {{x}}} escaped with the current page's escaper. */
  private static final class Factory extends DefaultMustacheFactory {
    UnaryOperator<String> escaper = HtmlEscaper::escape;

    Factory() {
      super(ROOT);
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(escaper.apply(value));
      } catch (IOException e) {
        throw new MustacheException("cannot write", e);
      }
    }
  }
}
