package io.devpulse.report.internal;

import io.devpulse.report.NeedsAttention;
import io.devpulse.report.ReasonedItem;
import io.devpulse.report.ReleaseList;
import io.devpulse.report.ReleaseRef;
import io.devpulse.report.Report;
import io.devpulse.report.WaitingItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The template values of the releases and needs-attention sections ({@code releases}, {@code
 * needsAttention}), beside {@link ReportView}'s, with the same conventions: raw values for the
 * engine to escape, {@code ...Text} values escaped here. A report made without these sections
 * (null) shows neither.
 */
final class AttentionView {
  private final ReportView view;
  private final Report report;
  private final Messages m;
  private final UnaryOperator<String> esc;

  AttentionView(ReportView view, Report report, Messages m, UnaryOperator<String> esc) {
    this.view = view;
    this.report = report;
    this.m = m;
    this.esc = esc;
  }

  void addTo(Map<String, Object> scope) {
    scope.put("hasReleases", report.releases() != null);
    scope.put("releases", releases(report.releases()));
    scope.put("hasNeedsAttention", report.needsAttention() != null);
    scope.put("needsAttention", needsAttention(report.needsAttention()));
  }

  /**
   * How long a wait lasted: minutes under an hour, hours under two days, else days (and hours). The
   * templates say which partial includes these sections: {@code attention.md.mustache}.
   */
  String duration(long minutes) {
    if (minutes < 60) {
      return m.format("durationMinutes", minutes);
    }
    long hours = minutes / 60;
    if (hours < 48) {
      return m.format("durationHours", hours);
    }
    return hours % 24 == 0
        ? m.format("durationWholeDays", hours / 24)
        : m.format("durationDays", hours / 24, hours % 24);
  }

  private Map<String, Object> release(ReleaseRef r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("tag", r.tag());
    v.put("name", r.name());
    v.put("hasName", !r.name().isBlank() && !r.name().equals(r.tag()));
    v.put("url", r.url());
    v.put("author", r.author());
    v.put("repository", r.repository());
    v.put("published", view.displayTime(r.publishedAt()));
    v.put("prerelease", r.prerelease());
    v.put("prereleaseText", r.prerelease() ? m.text("releasePrerelease") : "");
    return v;
  }

  private Map<String, Object> releases(ReleaseList list) {
    Map<String, Object> v = new LinkedHashMap<>();
    if (list == null) {
      return v;
    }
    List<Map<String, Object>> items = new ArrayList<>();
    list.published().forEach(r -> items.add(release(r)));
    v.put("fetched", list.releasesFetched());
    v.put("has", !items.isEmpty());
    v.put("items", items);
    v.put("rollUp", report.statsByRepository() != null);
    return v;
  }

  private Map<String, Object> needsAttention(NeedsAttention n) {
    Map<String, Object> v = new LinkedHashMap<>();
    if (n == null) {
      return v;
    }
    v.put("asOfText", m.format("attentionAsOf", view.displayTime(n.asOf())));

    v.put("unansweredFetched", n.commentsFetched());
    v.put("unanswered", waiting(n.unansweredIssues()));
    v.put(
        "unansweredText",
        !n.commentsFetched()
            ? m.text("attentionUnansweredNotFetched")
            : count(n.unansweredIssues().size() + n.moreUnansweredIssues()));
    v.put("hasMoreUnanswered", n.moreUnansweredIssues() > 0);
    v.put("moreUnansweredText", m.format("attentionMore", n.moreUnansweredIssues()));

    String wait = duration(n.reviewWaitHours() * 60);
    v.put("awaitingLabelText", m.format("attentionAwaitingLabel", esc.apply(wait)));
    v.put("awaitingFetched", n.reviewsFetched());
    v.put("awaiting", waiting(n.awaitingReview()));
    v.put(
        "awaitingText",
        !n.reviewsFetched()
            ? m.text("attentionAwaitingNotFetched")
            : count(n.awaitingReview().size() + n.moreAwaitingReview()));
    v.put("hasMoreAwaiting", n.moreAwaitingReview() > 0);
    v.put("moreAwaitingText", m.format("attentionMore", n.moreAwaitingReview()));

    List<String> tags =
        n.latestReleases().stream()
            .map(
                r ->
                    esc.apply(
                        report.statsByRepository() == null
                            ? r.tag()
                            : r.repository() + " " + r.tag()))
            .toList();
    v.put(
        "regressionsLabelText",
        tags.isEmpty()
            ? m.text("attentionRegressionsLabelNoRelease")
            : m.format("attentionRegressionsLabel", String.join(m.text("listSeparator"), tags)));
    v.put(
        "regressionsText",
        tags.isEmpty() ? m.text("attentionNoRelease") : count(n.regressions().size()));
    List<Map<String, Object>> regressions = new ArrayList<>();
    for (ReasonedItem r : n.regressions()) {
      Map<String, Object> item = view.item(r.item());
      item.put("reasonsText", view.reasonsText(r.reasons()));
      regressions.add(item);
    }
    v.put("regressions", regressions);
    return v;
  }

  private String count(int n) {
    return n == 0 ? m.text("none") : m.format("attentionCount", n);
  }

  private List<Map<String, Object>> waiting(List<WaitingItem> items) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (WaitingItem w : items) {
      Map<String, Object> item = view.item(w.item());
      item.put(
          "waitingText",
          m.format(
              "attentionWaiting",
              esc.apply(duration(w.waitedMinutes())),
              view.displayTime(w.since())));
      out.add(item);
    }
    return out;
  }
}
