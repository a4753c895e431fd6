package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roll-up over the sample hour of vllm-project/vllm and a small second repository (the same hour
 * under acme/widgets, without #30385 and #30388: the same numbers in another repository, so
 * anything keyed by number alone shows).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollUpReportTest {
  static final Repository WIDGETS = new Repository("acme", "widgets");

  HistoryIndex index;
  HistoryIndex vllmOnly;
  Report rollUp;
  Report vllm;
  Report widgets;

  @BeforeAll
  void build(@TempDir Path both, @TempDir Path one) {
    TestIndexes.importHour(both);
    TestIndexes.importHourAs(both, WIDGETS, Set.of(30385, 30388));
    TestIndexes.importHour(one);
    index = HistoryIndex.open(both);
    vllmOnly = HistoryIndex.open(one);
    rollUp =
        ReportBuilder.build(
            index, request(List.of(TestIndexes.VLLM, WIDGETS)), TestIndexes.CONTEXT);
    vllm = ReportBuilder.build(index, request(List.of(TestIndexes.VLLM)), TestIndexes.CONTEXT);
    widgets = ReportBuilder.build(index, request(List.of(WIDGETS)), TestIndexes.CONTEXT);
  }

  private static ReportRequest request(List<Repository> repos) {
    return ReportRequest.of(repos, TestIndexes.HOUR_WINDOW).withZone(ZoneId.of("Asia/Shanghai"));
  }

  @AfterAll
  void close() {
    index.close();
    vllmOnly.close();
  }

  @Test
  void statsAreTheSumOfEachRepositorysReport() {
    assertThat(vllm.stats()).isEqualTo(new Stats(1, 0, 3, 0, 1));
    assertThat(widgets.stats()).isEqualTo(new Stats(1, 0, 1, 0, 1));
    assertThat(rollUp.stats()).isEqualTo(vllm.stats().plus(widgets.stats()));
    assertThat(rollUp.statsByRepository())
        .containsExactly(
            new Report.RepositoryStats("vllm-project/vllm", vllm.stats()),
            new Report.RepositoryStats("acme/widgets", widgets.stats()));
    assertThat(vllm.statsByRepository()).isNull();
  }

  @Test
  void headerNamesBothAndTheTitleDefaultsToTheirNames() {
    assertThat(rollUp.header().repository()).isEqualTo("vllm-project/vllm + acme/widgets");
    assertThat(rollUp.header().repositories()).containsExactly("vllm-project/vllm", "acme/widgets");
    assertThat(rollUp.header().project()).isEqualTo("vllm-project/vllm + acme/widgets");
    assertThat(vllm.header().repositories()).isNull();
  }

  @Test
  void everyItemIsLabelledWithItsRepository() {
    Appendix a = rollUp.appendix();
    List<String> newPulls =
        a.newPullRequests().stream().map(r -> r.repository() + "#" + r.number()).toList();

    // Newest first; the same time and number in two repositories: by repository name.
    assertThat(newPulls)
        .containsExactly(
            "vllm-project/vllm#30388",
            "acme/widgets#30386",
            "vllm-project/vllm#30386",
            "vllm-project/vllm#30385");
    assertThat(a.newIssues())
        .extracting(ItemRef::url)
        .containsExactly(
            "https://github.com/acme/widgets/issues/30387",
            "https://github.com/vllm-project/vllm/issues/30387");
    assertThat(vllm.appendix().newIssues()).allSatisfy(r -> assertThat(r.repository()).isNull());
  }

  @Test
  void discussionsCountEachRepositorysOwnComments() {
    List<String> expected = new ArrayList<>();
    for (Report r : List.of(vllm, widgets)) {
      for (Discussion d : r.hotDiscussions().discussions()) {
        expected.add(d.item().url() + " " + d.humanComments() + "/" + d.botComments());
      }
    }
    List<String> actual =
        rollUp.hotDiscussions().discussions().stream()
            .map(d -> d.item().url() + " " + d.humanComments() + "/" + d.botComments())
            .toList();

    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(expected.subList(0, Math.min(5, expected.size())));
    assertThat(rollUp.hotDiscussions().comments())
        .isEqualTo(vllm.hotDiscussions().comments() + widgets.hotDiscussions().comments());
  }

  @Test
  void reviewStatusNamesTheRepositoryOfEachPullRequest() {
    ReviewStatus r = rollUp.activity().reviews();
    int all = r.reviewed().size() + r.commented().size() + r.waiting().size();

    assertThat(all).isEqualTo(rollUp.stats().newPullRequests());
    assertThat(r.waitingRepositories()).hasSameSizeAs(r.waiting());
    assertThat(vllm.activity().reviews().waitingRepositories()).isNull();
  }

  @Test
  void renderedInEveryFormatWithLabels() {
    ReportRequest req = request(List.of(TestIndexes.VLLM, WIDGETS));
    String md =
        ReportRenderer.render(
            rollUp, req.withLanguage(ReportLanguage.EN), TestIndexes.CONTEXT.phrasing());
    String html = ReportRenderer.render(rollUp, req.withFormat(ReportFormat.HTML));
    String json = ReportRenderer.render(rollUp, req.withFormat(ReportFormat.JSON));

    assertThat(md)
        .contains(
            "[acme/widgets#30387](https://github.com/acme/widgets/issues/30387)",
            "[vllm-project/vllm#30387](https://github.com/vllm-project/vllm/issues/30387)",
            "> - acme/widgets: New issues 1 | Closed issues 0 | New PRs 1 | Merged PRs 0 | Closed unmerged PRs 1");
    assertThat(html).contains(">acme/widgets#30387</a>", "<ul class=\"by-repository\">");
    assertThat(json)
        .contains(
            "\"statsByRepository\"",
            "\"repository\": \"acme/widgets\"",
            "\"repositories\": [",
            "\"waitingRepositories\"");
  }

  @Test
  void goldenFiles() {
    ReportRequest req = request(List.of(TestIndexes.VLLM, WIDGETS));
    Golden.assertMatches(
        "rollup-hour.zh.md", ReportRenderer.render(rollUp, req, TestIndexes.CONTEXT.phrasing()));
    Golden.assertMatches(
        "rollup-hour.en.md",
        ReportRenderer.render(
            rollUp, req.withLanguage(ReportLanguage.EN), TestIndexes.CONTEXT.phrasing()));
    Golden.assertMatches(
        "rollup-hour.json", ReportRenderer.render(rollUp, req.withFormat(ReportFormat.JSON)));
    Golden.assertMatches(
        "rollup-hour.en.html",
        ReportRenderer.render(
            rollUp,
            req.withFormat(ReportFormat.HTML).withLanguage(ReportLanguage.EN),
            TestIndexes.CONTEXT.phrasing()));
  }

  @Test
  void aSingleRepositorysReportIsUnchangedByTheOtherRepositoryInTheIndex() {
    ReportRequest req = request(List.of(TestIndexes.VLLM));
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(ReportRenderer.render(vllm, req.withFormat(f)))
          .isEqualTo(
              ReportRenderer.render(
                  ReportBuilder.build(vllmOnly, req, TestIndexes.CONTEXT), req.withFormat(f)));
    }
    assertThat(ReportRenderer.render(vllm, req.withFormat(ReportFormat.JSON)))
        .doesNotContain("statsByRepository", "\"repositories\"", "Repositories\"");
  }

  @Test
  void aRepositoryTwiceIsRefused() {
    assertThatThrownBy(() -> ReportRequest.of(List.of(WIDGETS, WIDGETS), TestIndexes.HOUR_WINDOW))
        .isInstanceOf(io.devpulse.model.UserErrorException.class);
  }
}
