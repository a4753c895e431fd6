package io.devpulse.report.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.devpulse.model.Coverage;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import io.devpulse.model.PackMessages;
import io.devpulse.model.Priority;
import io.devpulse.report.ActivityLevel;
import io.devpulse.report.AmdMention;
import io.devpulse.report.Contributor;
import io.devpulse.report.Discussion;
import io.devpulse.report.ItemRef;
import io.devpulse.report.MainLine;
import io.devpulse.report.ReasonedItem;
import io.devpulse.report.Report;
import io.devpulse.report.ReportFinding;
import io.devpulse.report.ReportLanguage;
import io.devpulse.report.Stats;
import io.devpulse.report.TopicTrend;
import io.devpulse.report.TrendDirection;
import io.devpulse.report.WindowCoverage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The values a Markdown or HTML template sees, made from a {@link Report} in one language: nested
 * maps and lists. Raw data (titles, logins, labels, extracts) is left unescaped for the engine to
 * escape with the format's escaper ({@code {{title}}}); sentences made from message patterns are
 * escaped here, argument by argument, and their names end in {@code Text} (use {@code
 * {{{fooText}}}}); {@code t} holds the messages themselves, trusted text (use {@code {{{t.key}}}});
 * {@code url} is built from validated parts.
 */
public final class ReportView {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final Pattern PLAIN_YAML = Pattern.compile("[\\p{L}\\p{N} ._/()-]+");
  private static final int CONTRIBUTORS_SHOWN = 10;
  private static final Pattern LEADING_TAGS =
      Pattern.compile("^(\\s*\\[[^\\]]{0,40}\\]\\s*[:：]?)+");

  private final Report report;
  private final ReportLanguage language;
  private final Messages m;
  private final UnaryOperator<String> esc;
  private final ZoneId zone;
  private final Phrasing phrasing;

  private ReportView(
      Report report,
      ReportLanguage language,
      Messages messages,
      UnaryOperator<String> escaper,
      PackMessages pack) {
    this.report = report;
    this.language = language;
    this.m = messages;
    this.esc = escaper;
    this.zone = ZoneId.of(report.header().zone());
    this.phrasing = new Phrasing(pack, language.key(), messages, escaper);
  }

  /**
   * A view for another page's items (a release report): the item and reason helpers, times in
   * {@code zone}; it has no report of its own.
   */
  ReportView(
      ZoneId zone,
      ReportLanguage language,
      Messages messages,
      UnaryOperator<String> escaper,
      PackMessages pack) {
    this.report = null;
    this.language = language;
    this.m = messages;
    this.esc = escaper;
    this.zone = zone;
    this.phrasing = new Phrasing(pack, language.key(), messages, escaper);
  }

  /**
   * The template scope of {@code report}; {@code escaper} is the output format's, {@code pack} the
   * rule pack's phrasing of its rules, topics, priorities and findings.
   */
  public static Map<String, Object> of(
      Report report,
      ReportLanguage language,
      Messages messages,
      UnaryOperator<String> escaper,
      PackMessages pack) {
    return new ReportView(report, language, messages, escaper, pack).scope();
  }

  private Map<String, Object> scope() {
    var h = report.header();
    String title = m.format("reportTitle", h.project(), h.date());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("t", m.all());
    s.put("lang", language.key());
    s.put("project", h.project());
    s.put("repository", h.repository());
    s.put("date", h.date());
    s.put("title", title);
    s.put("titleYaml", yaml(title));
    s.put("analysisHeading", m.format("analysisHeading", h.project()));
    s.put("windowFrom", displayTime(h.from()));
    s.put("windowTo", displayTime(h.to()));
    s.put("period", period(h.from(), h.to()));
    s.put("stats", stats(report.stats()));
    s.put("rollUp", report.statsByRepository() != null);
    List<Map<String, Object>> byRepository = new ArrayList<>();
    if (report.statsByRepository() != null) {
      for (var rs : report.statsByRepository()) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("repository", rs.repository());
        one.put("stats", stats(rs.stats()));
        byRepository.add(one);
      }
    }
    s.put("statsByRepository", byRepository);
    s.put("coverage", coverage());
    s.put("summaryHeading", summaryHeading());
    s.put("summaryText", summaryText());
    s.put("amd", amd());
    s.put("hot", hot());
    s.put("trends", trends());
    s.put("keyChanges", keyChanges());
    s.put("activity", activity());
    s.put("noteworthy", noteworthy());
    s.put("appendix", appendix());
    new AttentionView(this, report, m, esc).addTo(s);
    return s;
  }

  // ---- formatting helpers
  // -------------------------------------------------------------------------

  /** {@code 2025-12-10 19:43 (UTC+8)} in the display zone. */
  String displayTime(Instant t) {
    return TIME.format(t.atZone(zone)) + " (" + zoneLabel(zone.getRules().getOffset(t)) + ")";
  }

  static String zoneLabel(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    if (seconds == 0) {
      return "UTC";
    }
    int abs = Math.abs(seconds);
    String hours = (seconds < 0 ? "-" : "+") + abs / 3600;
    int minutes = abs % 3600 / 60;
    return "UTC" + hours + (minutes == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes));
  }

  /** The analysis period in UTC: {@code 2025年12月10日 11:01 - 12:01 (UTC)}. */
  private String period(Instant from, Instant to) {
    DateTimeFormatter date = DateTimeFormatter.ofPattern(m.text("periodDatePattern"), Locale.ROOT);
    var f = from.atZone(ZoneOffset.UTC);
    var t = to.atZone(ZoneOffset.UTC);
    String start = date.format(f) + " " + CLOCK.format(f);
    String end =
        f.toLocalDate().equals(t.toLocalDate())
            ? CLOCK.format(t)
            : date.format(t) + " " + CLOCK.format(t);
    return start + " - " + end + " (UTC)";
  }

  /**
   * A YAML scalar: plain when it is plain text, else a double-quoted (JSON-style) string; braces
   * become entities, so no Liquid delimiter appears even in the front matter.
   */
  static String yaml(String raw) {
    String text = LiquidEscaper.escape(raw);
    if (PLAIN_YAML.matcher(text).matches() && !text.startsWith(" ") && !text.endsWith(" ")) {
      return text;
    }
    // A JSON string is a YAML double-quoted scalar: Jackson's encoder escapes quotes, backslashes
    // and
    // control characters.
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }

  private String join(List<String> escaped) {
    return String.join(m.text("listSeparator"), escaped);
  }

  private String escJoin(List<String> raw) {
    return join(raw.stream().map(esc).toList());
  }

  private String kindLabel(ItemRef item) {
    return m.text(item.isPullRequest() ? "kindPr" : "kindIssue");
  }

  /**
   * The kind as sentences name an item ({@code {0} #{1}}): in a roll-up followed by its repository.
   */
  private String kindAndRepository(ItemRef item) {
    return item.repository() == null
        ? kindLabel(item)
        : kindLabel(item) + " " + esc.apply(item.repository());
  }

  private String priorityLabel(Priority p) {
    return phrasing.priorityLabel(p);
  }

  String topicName(String topic) {
    return phrasing.topicName(topic);
  }

  /** How many rules' reasons the one "why" line of an item names before "…". */
  private static final int REASONS_SHOWN = 4;

  /**
   * Why the rules said so, in the pack's words, one phrase per rule: {@code the bug report's title
   * names a hard fault: 'illegal memory access'}.
   */
  String reasonsText(List<Evidence> reasons) {
    if (reasons.isEmpty()) {
      return m.text("noReasons");
    }
    List<String> parts = phrasing.why(reasons);
    return String.join(m.text("itemSeparator"), parts.stream().limit(REASONS_SHOWN).toList())
        + (parts.size() > REASONS_SHOWN ? m.text("itemSeparator") + "…" : "");
  }

  /** The fields every listed item has. */
  Map<String, Object> item(ItemRef i) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("number", i.number());
    // Templates write {{repoRef}}#{{number}}: owner/name#123 in a roll-up, #123 otherwise.
    v.put("repoRef", i.repository() == null ? "" : i.repository());
    v.put("kind", i.kind());
    v.put("kindLabel", kindLabel(i));
    v.put("url", i.url());
    v.put("title", i.title());
    v.put("author", i.author());
    v.put("labels", String.join(", ", i.labels()));
    v.put("labelList", i.labels());
    v.put("hasLabels", !i.labels().isEmpty());
    v.put("state", i.state());
    v.put("created", displayTime(i.createdAt()));
    v.put("closed", i.closedAt() == null ? "" : displayTime(i.closedAt()));
    v.put("merged", i.mergedAt() == null ? "" : displayTime(i.mergedAt()));
    v.put("priority", i.priority() == null ? "none" : i.priority().key());
    v.put("priorityLabel", priorityLabel(i.priority()));
    v.put("priorityText", m.format("priorityParen", priorityLabel(i.priority())));
    v.put("topics", String.join(", ", i.topics().stream().map(this::topicName).toList()));
    v.put("hasTopics", !i.topics().isEmpty());
    return v;
  }

  private static List<Map<String, Object>> numbered(List<Map<String, Object>> items) {
    for (int k = 0; k < items.size(); k++) {
      items.get(k).put("index", k + 1);
      items.get(k).put("first", k == 0);
    }
    return items;
  }

  // ---- sections
  // ----------------------------------------------------------------------------------

  private static Map<String, Object> stats(Stats st) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("newIssues", st.newIssues());
    v.put("closedIssues", st.closedIssues());
    v.put("newPullRequests", st.newPullRequests());
    v.put("mergedPullRequests", st.mergedPullRequests());
    v.put("closedUnmergedPullRequests", st.closedUnmergedPullRequests());
    return v;
  }

  /** The coverage line and, when a sync did not prove the window complete, the warning. */
  private Map<String, Object> coverage() {
    WindowCoverage c = report.coverage();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("shown", c.known());
    List<String> parts = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (WindowCoverage.StreamState st : c.streams()) {
      boolean optional = st.stream() == Coverage.Stream.FILES;
      if (optional && st.state() == WindowCoverage.State.NOT_FETCHED) {
        continue;
      }
      String name = m.text("coverageStream." + st.stream().name().toLowerCase(Locale.ROOT));
      String through =
          st.syncedThroughOrNull() == null ? "" : displayTime(st.syncedThroughOrNull());
      String part =
          switch (st.state()) {
            case SYNCED -> m.format("coverageSynced", name, through);
            case IMPORTED -> m.format("coverageImported", name);
            case PARTIAL ->
                st.syncedThroughOrNull() == null
                    ? m.format("coverageImportedOutside", name)
                    : m.format("coveragePartial", name, through);
            case NOT_FETCHED -> m.format("coverageNotFetched", name);
          };
      if (st.stoppedEarlyOrNull() != null) {
        String why = st.stoppedEarlyOrNull();
        part =
            part
                + m.format("coverageStoppedEarly", m.textOr("coverageStop." + why, esc.apply(why)));
      }
      parts.add(part);
      boolean core =
          st.stream() == Coverage.Stream.ITEMS || st.stream() == Coverage.Stream.COMMENTS;
      if (core && st.state() != WindowCoverage.State.SYNCED) {
        missing.add(name);
      }
    }
    parts.add(
        c.historyFromBeginning()
            ? m.text("coverageHistoryBeginning")
            : c.historyFromOrNull() == null
                ? m.text("coverageHistoryNone")
                : m.format("coverageHistoryFrom", displayTime(c.historyFromOrNull())));
    v.put("text", String.join(m.text("itemSeparator"), parts));
    v.put("warn", c.known() && !c.complete());
    v.put("warningText", m.format("coverageWarning", join(missing)));
    return v;
  }

  /** Hourly, daily or weekly by the window's length; a general heading for other lengths. */
  private String summaryHeading() {
    long minutes = Duration.between(report.header().from(), report.header().to()).toMinutes();
    String key =
        minutes == 60
            ? "summaryHeading.hourly"
            : minutes == 24 * 60
                ? "summaryHeading.daily"
                : minutes == 7 * 24 * 60 ? "summaryHeading.weekly" : "summaryHeading";
    return m.textOr(key, m.text("summaryHeading"));
  }

  /**
   * The summary: how busy the window was against its history, the main lines of work with their
   * leading items, and the top risk with why; the stats line above already gives the counts.
   */
  private String summaryText() {
    var summary = report.summary();
    ActivityLevel a = summary.activity();
    List<String> parts = new ArrayList<>();
    String level = a.level().name().toLowerCase(Locale.ROOT);
    if (a.count() == 0) {
      parts.add(m.text("summaryQuiet"));
    }
    if (a.count() > 0 || a.level() != ActivityLevel.Level.NO_DATA) {
      parts.add(
          m.format(
              "summaryActivity." + level,
              a.count(),
              a.windows(),
              a.low(),
              a.high(),
              mean(a.median())));
    }
    if (a.count() == 0) {
      return String.join(m.text("sentenceSeparator"), parts);
    }
    List<String> lines = new ArrayList<>();
    for (MainLine line : summary.mainLines()) {
      List<String> leading = new ArrayList<>();
      for (ItemRef i : line.items()) {
        leading.add(
            m.format(
                "summaryLineItem",
                kindAndRepository(i),
                i.number(),
                esc.apply(subject(i.title()))));
      }
      lines.add(m.format("summaryLine", esc.apply(topicName(line.topic())), join(leading)));
    }
    if (!lines.isEmpty()) {
      parts.add(m.format("summaryLines", String.join(m.text("itemSeparator"), lines)));
    }
    ReasonedItem risk = summary.topRiskOrNull();
    if (risk == null) {
      parts.add(m.text("summaryNoTop"));
    } else {
      List<String> why = phrasing.why(risk.reasons());
      parts.add(
          m.format(
              "summaryRisk",
              kindAndRepository(risk.item()),
              risk.item().number(),
              esc.apply(subject(risk.item().title())),
              priorityLabel(risk.item().priority()),
              why.isEmpty() ? m.text("noReasons") : why.get(0)));
    }
    return String.join(m.text("sentenceSeparator"), parts);
  }

  /**
   * A title without its leading tags ({@code [Bug]: }, {@code [Core] }): what the item is about.
   */
  static String subject(String title) {
    String subject = LEADING_TAGS.matcher(title).replaceFirst("").strip();
    return subject.isEmpty() ? title : subject;
  }

  private Map<String, Object> amd() {
    var a = report.amd();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("hasItems", !a.items().isEmpty());
    v.put("countText", m.format("amdCount", a.items().size()));
    List<Map<String, Object>> items = new ArrayList<>();
    for (ReasonedItem r : a.items()) {
      Map<String, Object> item = item(r.item());
      item.put("evidenceText", reasonsText(r.reasons()));
      items.add(item);
    }
    v.put("items", numbered(items));
    v.put(
        "checkedText",
        m.format(
            "amdChecked",
            a.newPullRequestsChecked(),
            a.newIssuesChecked(),
            a.otherItemsChecked(),
            escJoin(a.termsShown()),
            a.listSize()));
    String suffixes =
        join(
            a.checks().loginSuffixes().stream()
                .map(s -> m.format("amdLoginSuffix", esc.apply(s)))
                .toList());
    v.put("hasSuffixes", !a.checks().loginSuffixes().isEmpty());
    v.put(
        "contributorsText",
        a.contributorsMatching().isEmpty()
            ? m.format("amdContributorsNone", suffixes)
            : m.format("amdContributorsMatch", suffixes, escJoin(a.contributorsMatching())));
    List<Map<String, Object>> mentions = new ArrayList<>();
    for (AmdMention mention : a.mentions()) {
      Map<String, Object> item = item(mention.item());
      item.put(
          "text",
          m.format(
              "amdMentionVisible",
              kindAndRepository(mention.item()),
              mention.item().number(),
              escJoin(mention.keywords())));
      mentions.add(item);
    }
    v.put("mentions", mentions);
    return v;
  }

  private Map<String, Object> hot() {
    var h = report.hotDiscussions();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("fetched", h.commentsFetched());
    v.put("hasComments", h.comments() > 0);
    v.put("hasHuman", !h.discussions().isEmpty());
    v.put("hasBotOnly", !h.botOnly().isEmpty());
    v.put("introText", m.format("hotIntro", h.comments(), h.humanComments(), h.botComments()));
    List<Map<String, Object>> discussions = new ArrayList<>();
    for (Discussion d : h.discussions()) {
      Map<String, Object> item = item(d.item());
      item.put("humanText", m.format("hotHuman", d.humanComments(), escJoin(d.humanCommenters())));
      item.put("hasBots", d.botComments() > 0);
      item.put("botText", m.format("hotBots", d.botComments(), escJoin(d.bots())));
      discussions.add(item);
    }
    v.put("discussions", numbered(discussions));
    List<Map<String, Object>> botOnly = new ArrayList<>();
    for (Discussion d : h.botOnly()) {
      Map<String, Object> item = item(d.item());
      item.put(
          "text",
          m.format(
              "hotBotOnlyItem",
              kindAndRepository(d.item()),
              d.item().number(),
              d.botComments(),
              escJoin(d.bots())));
      botOnly.add(item);
    }
    v.put("botOnly", botOnly);
    v.put(
        "botOnlyListText",
        join(
            h.botOnly().stream()
                .map(
                    d ->
                        m.format(
                            "hotBotOnlyRef",
                            kindAndRepository(d.item()),
                            d.item().number(),
                            escJoin(d.bots())))
                .toList()));
    v.put("conclusionText", m.format("hotConclusionBotOnly", escJoin(h.bots())));
    return v;
  }

  private Map<String, Object> trends() {
    var tr = report.trends();
    boolean history = tr.windowsWithHistory() > 0;
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("hasTopics", !tr.topics().isEmpty());
    v.put(
        "introText",
        !history
            ? m.text("trendsNoHistory")
            : m.format(
                tr.historySourceOrNull() == Coverage.Source.IMPORTED
                    ? "trendsIntroImported"
                    : "trendsIntro",
                tr.windowsWithHistory(),
                tr.previousWindows()));
    List<Map<String, Object>> topics = new ArrayList<>();
    List<String> mentioned = new ArrayList<>();
    for (TopicTrend t : tr.topics()) {
      if (t.mentionedOnly()) {
        // another topic's items: one line apart, without rank, trend or examples
        mentioned.add(m.format("trendMention", esc.apply(topicName(t.topic())), t.mentions()));
        continue;
      }
      Map<String, Object> topic = new LinkedHashMap<>();
      topic.put("topic", t.topic());
      topic.put("name", topicName(t.topic()));
      topic.put("count", t.count());
      topic.put("mentions", t.mentions());
      topic.put("mean", mean(t.previousMean()));
      topic.put("direction", t.direction().name().toLowerCase(Locale.ROOT));
      topic.put("directionText", direction(t.direction()));
      topic.put(
          "lineText",
          m.format(
              (history ? "trendLine" : "trendLineNoHistory") + (t.mentions() > 0 ? "Mentions" : ""),
              t.count(),
              mean(t.previousMean()),
              t.mentions()));
      topic.put("hasHistory", history);
      List<Map<String, Object>> examples = new ArrayList<>();
      for (ItemRef e : t.examples()) {
        examples.add(item(e));
      }
      topic.put("examples", examples);
      topic.put("hasExamples", !examples.isEmpty());
      topics.add(topic);
    }
    v.put("topics", numbered(topics));
    v.put("hasMentioned", !mentioned.isEmpty());
    v.put("mentionedText", m.format("trendsAlsoMentioned", join(mentioned)));
    return v;
  }

  private static String mean(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private String direction(TrendDirection d) {
    return switch (d) {
      case NEW -> m.text("trendNew");
      case RISING -> m.text("trendRising");
      case STEADY -> m.text("trendSteady");
      case FALLING -> m.text("trendFalling");
      case NO_HISTORY -> m.text("trendNoHistory");
    };
  }

  private Map<String, Object> keyChanges() {
    var k = report.keyChanges();
    List<Map<String, Object>> items = new ArrayList<>();
    for (var change : k.items()) {
      Map<String, Object> item = item(change.item());
      item.put("what", change.what());
      item.put("hasWhat", !change.what().isEmpty());
      // The impact is what the rules found the change claims or risks; without findings, its
      // priority. Why the rules said so stays one step away (whyText).
      List<String> impact = new ArrayList<>();
      for (ReportFinding f : change.findings()) {
        impact.add(phrasing.finding(f.kind(), f.values()));
      }
      if (impact.isEmpty()) {
        impact.add(m.format("keyImpactPriority", priorityLabel(change.item().priority())));
      }
      item.put("impactText", String.join(m.text("itemSeparator"), impact));
      item.put("findings", change.findings().size());
      item.put("hasWhy", !change.reasons().isEmpty());
      item.put("whyText", reasonsText(change.reasons()));
      items.add(item);
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("has", !items.isEmpty());
    v.put("items", numbered(items));
    return v;
  }

  private Map<String, Object> activity() {
    var a = report.activity();
    Map<String, Object> v = new LinkedHashMap<>();
    List<Contributor> shown = a.contributors().stream().limit(CONTRIBUTORS_SHOWN).toList();
    String names = escJoin(shown.stream().map(Contributor::login).toList());
    if (a.contributors().size() > shown.size()) {
      names = names + m.format("activityMore", a.contributors().size() - shown.size());
    }
    int merged = a.contributors().stream().mapToInt(Contributor::merged).sum();
    v.put(
        "contributorsText",
        a.contributors().isEmpty()
            ? m.text("activityNoContributors")
            : m.format(
                "activityContributors",
                a.contributors().size(),
                a.issuesOpened(),
                a.pullRequestsOpened(),
                merged,
                names));
    v.put(
        "firstTimeText",
        a.contributors().isEmpty() ? m.text("none") : firstTimeText(a.contributors()));
    var r = a.reviews();
    int total = r.reviewed().size() + r.commented().size() + r.waiting().size();
    String review =
        total == 0
            ? m.text("activityReviewNone")
            : !r.reviewsFetched()
                ? m.format("activityReviewNotFetched", total, r.commented().size())
                : m.format(
                    "activityReview",
                    total,
                    r.reviewed().size(),
                    r.commented().size(),
                    r.waiting().size());
    if (r.reviewsFetched() && !r.waiting().isEmpty()) {
      review =
          review
              + m.format(
                  "activityWaiting",
                  join(
                          java.util.stream.IntStream.range(
                                  0, Math.min(r.waiting().size(), CONTRIBUTORS_SHOWN))
                              .mapToObj(i -> esc.apply(r.waitingRef(i)))
                              .toList())
                      + (r.waiting().size() > CONTRIBUTORS_SHOWN
                          ? m.format("activityMore", r.waiting().size() - CONTRIBUTORS_SHOWN)
                          : ""));
    }
    v.put("reviewText", review);
    return v;
  }

  /** Who is new, each with what says so; and for whom neither GitHub nor the index can tell. */
  private String firstTimeText(List<Contributor> contributors) {
    List<String> parts = new ArrayList<>();
    for (var basis :
        List.of(
            Contributor.FirstTime.YES_BY_GITHUB,
            Contributor.FirstTime.YES_BY_HISTORY,
            Contributor.FirstTime.UNKNOWN)) {
      List<String> logins =
          contributors.stream()
              .filter(c -> c.firstTime() == basis)
              .map(Contributor::login)
              .toList();
      if (logins.isEmpty()) {
        continue;
      }
      String names =
          escJoin(logins.stream().limit(CONTRIBUTORS_SHOWN).toList())
              + (logins.size() > CONTRIBUTORS_SHOWN
                  ? m.format("activityMore", logins.size() - CONTRIBUTORS_SHOWN)
                  : "");
      parts.add(
          m.format(
              switch (basis) {
                case YES_BY_GITHUB -> "activityFirstTimeGithub";
                // Without coverage the report cannot say the history is whole, only that it holds
                // nothing earlier.
                case YES_BY_HISTORY ->
                    report.coverage().known()
                        ? "activityFirstTimeHistory"
                        : "activityFirstTimeIndex";
                default -> "activityFirstTimeUnknown";
              },
              names));
    }
    return parts.isEmpty()
        ? m.text("activityFirstTimeNone")
        : String.join(m.text("itemSeparator"), parts);
  }

  /** The findings that make an item noteworthy: risks, not claims. */
  private static final Set<String> NOTEWORTHY_FINDINGS = Set.of("compat-risk", "regression");

  private Map<String, Object> noteworthy() {
    var n = report.noteworthy();
    List<Map<String, Object>> items = new ArrayList<>();
    for (ReasonedItem r : n.items()) {
      Map<String, Object> item = item(r.item());
      // Why it is here: its priority's reasons and the risks the rules found (a compatibility risk
      // is reason enough on its own), in the pack's words.
      List<String> why = new ArrayList<>();
      if (!r.reasons().isEmpty()) {
        why.add(reasonsText(r.reasons()));
      }
      for (Finding f : r.item().findings()) {
        if (NOTEWORTHY_FINDINGS.contains(f.kind())) {
          why.add(phrasing.finding(f.kind(), f.values()));
        }
      }
      item.put(
          "reasonsText",
          why.isEmpty() ? reasonsText(List.of()) : String.join(m.text("itemSeparator"), why));
      items.add(item);
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("has", !items.isEmpty());
    v.put("items", numbered(items));
    v.put("hasMore", n.more() > 0);
    v.put("moreText", m.format("noteworthyMore", n.more()));
    return v;
  }

  private List<Map<String, Object>> appendix() {
    var a = report.appendix();
    List<Map<String, Object>> sections = new ArrayList<>();
    sections.add(list("appendixNewIssues", "createdAt", a.newIssues(), ItemRef::createdAt));
    sections.add(list("appendixClosedIssues", "closedAt", a.closedIssues(), ItemRef::closedAt));
    sections.add(list("appendixNewPrs", "createdAt", a.newPullRequests(), ItemRef::createdAt));
    sections.add(list("appendixMergedPrs", "mergedAt", a.mergedPullRequests(), ItemRef::mergedAt));
    sections.add(
        list(
            "appendixClosedUnmergedPrs",
            "closedAt",
            a.closedUnmergedPullRequests(),
            ItemRef::closedAt));
    return sections;
  }

  private Map<String, Object> list(
      String heading,
      String timeLabel,
      List<ItemRef> refs,
      java.util.function.Function<ItemRef, Instant> time) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (ItemRef r : refs) {
      Map<String, Object> item = item(r);
      item.put("timeLabel", m.text(timeLabel));
      item.put("time", displayTime(time.apply(r)));
      items.add(item);
    }
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("heading", m.text(heading));
    v.put("has", !items.isEmpty());
    v.put("count", items.size());
    v.put("items", items);
    return v;
  }
}
