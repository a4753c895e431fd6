package io.devpulse.report.internal;

import io.devpulse.model.PackMessages;
import io.devpulse.report.ReasonedItem;
import io.devpulse.report.ReleaseRef;
import io.devpulse.report.ReleaseReport;
import io.devpulse.report.ReportLanguage;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The values a release report's template sees ({@code release.md.mustache}), with {@link
 * ReportView}'s conventions: raw values for the engine to escape, {@code ...Text} values escaped
 * here, {@code t} the messages.
 */
public final class ReleaseView {
  private final ReleaseReport report;
  private final ReportLanguage language;
  private final Messages m;
  private final UnaryOperator<String> esc;
  private final ReportView items;

  private ReleaseView(
      ReleaseReport report,
      ReportLanguage language,
      Messages m,
      UnaryOperator<String> esc,
      PackMessages pack) {
    this.report = report;
    this.language = language;
    this.m = m;
    this.esc = esc;
    this.items = new ReportView(ZoneId.of(report.zone()), language, m, esc, pack);
  }

  /**
   * The template scope of {@code report}; {@code escaper} is the output format's, {@code pack} the
   * rule pack's phrasing of the items' reasons and topics.
   */
  public static Map<String, Object> of(
      ReleaseReport report,
      ReportLanguage language,
      Messages m,
      UnaryOperator<String> escaper,
      PackMessages pack) {
    return new ReleaseView(report, language, m, escaper, pack).scope();
  }

  private Map<String, Object> scope() {
    ReleaseRef r = report.release();
    String title = m.format("releaseTitle", report.project(), r.tag());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("t", m.all());
    s.put("lang", language.key());
    s.put("repository", report.repository());
    s.put("title", title);
    s.put("titleYaml", ReportView.yaml(title));
    s.put("date", r.publishedAt().atZone(ZoneId.of(report.zone())).toLocalDate().toString());
    s.put("release", release(r));
    s.put("hasPrevious", report.previous() != null);
    s.put("previous", report.previous() == null ? Map.of() : release(report.previous()));
    s.put(
        "spanText",
        report.previous() == null
            ? m.format(
                "releaseSpanFirst",
                items.displayTime(report.spanFrom()),
                items.displayTime(r.publishedAt()))
            : m.format(
                "releaseSpan",
                esc.apply(report.previous().tag()),
                items.displayTime(report.previous().publishedAt()),
                items.displayTime(r.publishedAt())));
    s.put(
        "countsText",
        m.format("releaseCounts", report.mergedPullRequests(), report.regressions().size()));
    List<Map<String, Object>> topics = new ArrayList<>();
    for (ReleaseReport.TopicGroup g : report.topics()) {
      Map<String, Object> topic = new LinkedHashMap<>();
      topic.put(
          "name", g.topic().isEmpty() ? m.text("releaseNoTopic") : items.topicName(g.topic()));
      topic.put("count", g.pullRequests().size());
      topic.put("items", reasoned(g.pullRequests()));
      topics.add(topic);
    }
    s.put("topics", topics);
    s.put("hasTopics", !topics.isEmpty());
    s.put("regressions", reasoned(report.regressions()));
    s.put("hasRegressions", !report.regressions().isEmpty());
    s.put(
        "regressionsIntroText",
        report.next() == null
            ? m.format("releaseRegressionsSince", esc.apply(r.tag()))
            : m.format(
                "releaseRegressionsUntil", esc.apply(r.tag()), esc.apply(report.next().tag())));
    return s;
  }

  private Map<String, Object> release(ReleaseRef r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("tag", r.tag());
    v.put("name", r.name());
    v.put("hasName", !r.name().isBlank() && !r.name().equals(r.tag()));
    v.put("url", r.url());
    v.put("author", r.author());
    v.put("published", items.displayTime(r.publishedAt()));
    v.put("prereleaseText", r.prerelease() ? m.text("releasePrerelease") : "");
    return v;
  }

  private List<Map<String, Object>> reasoned(List<ReasonedItem> list) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (ReasonedItem i : list) {
      Map<String, Object> item = items.item(i.item());
      item.put("hasReasons", !i.reasons().isEmpty());
      item.put("reasonsText", items.reasonsText(i.reasons()));
      out.add(item);
    }
    return out;
  }
}
