package io.devpulse.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Coverage;
import io.devpulse.model.Evidence;
import io.devpulse.model.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final Instant T = Instant.parse("2025-12-10T11:43:00Z");

  static Report sample() {
    ItemRef issue =
        new ItemRef(
            30387,
            "issue",
            "[Bug]: crash",
            "https://github.com/vllm-project/vllm/issues/30387",
            "youngze0016",
            List.of("bug"),
            "open",
            T,
            null,
            null,
            List.of("low-precision"),
            Priority.HIGH);
    Evidence why =
        Evidence.priority(Priority.HIGH, "crash in a bug report", "body: 'illegal memory access'");
    return new Report(
        new ReportHeader("vllm-project/vllm", "vLLM", T, T.plusSeconds(3600), "UTC", "2025-12-10"),
        new Stats(1, 0, 3, 0, 1),
        new WindowCoverage(
            true,
            false,
            List.of(
                new WindowCoverage.StreamState(
                    Coverage.Stream.ITEMS, WindowCoverage.State.IMPORTED, null, null)),
            null,
            false),
        new Summary(
            List.of(new TopicCount("low-precision", 1, 0)),
            List.of(issue),
            ActivityLevel.judge(1, List.of()),
            List.of(new MainLine("low-precision", 1, List.of(issue))),
            new ReasonedItem(issue, List.of(why))),
        new AmdSection(
            List.of(),
            AmdChecks.defaults(),
            1,
            3,
            1,
            List.of(),
            List.of(),
            List.of("ROCm", "HIP", "AMD", "Quark", "MI300"),
            10),
        new HotDiscussions(0, 0, 0, List.of(), List.of(), List.of(), true),
        new Trends(
            4,
            0,
            null,
            List.of(
                new TopicTrend(
                    "low-precision", 1, 0, 0, TrendDirection.NO_HISTORY, List.of(issue)))),
        new KeyChanges(List.of(new KeyChange(issue, "It crashes.", List.of(why)))),
        new Activity(
            List.of(new Contributor("youngze0016", 1, 0, Contributor.FirstTime.YES_BY_GITHUB)),
            1,
            0,
            List.of("youngze0016"),
            new ReviewStatus(List.of(), List.of(), List.of(), false)),
        new Noteworthy(List.of(new ReasonedItem(issue, List.of(why))), 0),
        new Appendix(List.of(issue), List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void schemaAndStatsKeys() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(sample()));

    assertThat(root.get("schema").asText()).isEqualTo("devpulse-report/3");
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertThat(top)
        .containsExactly(
            "schema",
            "header",
            "stats",
            "coverage",
            "summary",
            "amd",
            "hotDiscussions",
            "trends",
            "keyChanges",
            "activity",
            "noteworthy",
            "appendix");
    List<String> stats = new ArrayList<>();
    root.get("stats").fieldNames().forEachRemaining(stats::add);
    assertThat(stats)
        .containsExactly(
            "newIssues",
            "closedIssues",
            "newPullRequests",
            "mergedPullRequests",
            "closedUnmergedPullRequests");
    assertThat(root.at("/stats/closedUnmergedPullRequests").asInt()).isEqualTo(1);
  }

  @Test
  void whatWasNotFetchedIsNullNotAnEmptyList() throws Exception {
    JsonNode reviews =
        new ObjectMapper().readTree(ReportJson.write(sample())).at("/activity/reviews");

    assertThat(reviews.get("reviewsFetched").asBoolean()).isFalse();
    assertThat(reviews.get("reviewed").isNull()).isTrue();
    assertThat(reviews.get("waiting").isNull()).isTrue();
    assertThat(reviews.get("commented").isArray()).isTrue();
  }

  @Test
  void valuesInTheirDocumentedForm() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(sample()));
    JsonNode item = root.at("/appendix/newIssues/0");

    assertThat(item.get("createdAt").asText()).isEqualTo("2025-12-10T11:43:00Z");
    assertThat(item.get("closedAt").isNull()).isTrue();
    assertThat(item.get("priority").asText()).isEqualTo("high");
    assertThat(root.at("/trends/topics/0/direction").asText()).isEqualTo("no_history");
    assertThat(root.at("/noteworthy/items/0/reasons/0/kind").asText()).isEqualTo("priority");
    assertThat(root.at("/header/from").asText()).isEqualTo("2025-12-10T11:43:00Z");
  }

  @Test
  void stableText() {
    String json = ReportJson.write(sample());

    assertThat(json)
        .isEqualTo(ReportJson.write(sample()))
        .endsWith("}\n")
        .doesNotContain("\r")
        .contains("\"newIssues\": 1,", "\"items\": [],");
  }
}
