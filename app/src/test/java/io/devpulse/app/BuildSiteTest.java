package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.github.ReadOptions;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.report.ReportLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildSiteTest {
  static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Pattern BAR =
      Pattern.compile("data-series=\"0\" data-key=\"([^\"]+)\" data-value=\"(\\d+)\"");
  private static final Pattern MENTION_BAR =
      Pattern.compile("data-series=\"1\" data-key=\"([^\"]+)\" data-value=\"(\\d+)\"");

  @TempDir static Path shared;
  static Path index;

  @TempDir Path tmp;

  /** The shipped sample hour, the merged-PR history and the week fixture, as the issue asks. */
  @BeforeAll
  static void importHistory() {
    index = shared.resolve("index");
    TestApp.importFixtures(
        index,
        "vllm-2025-12-10-hour/issues.json",
        "vllm-2025-12-10-hour/comments.json",
        "vllm-merged-prs/issues.jsonl.gz",
        "vllm-week-2025-12-12/issues.json");
  }

  static BuildSite.Result build(
      Path out, ReportLanguage lang, boolean jekyll, List<Repository> repos) {
    return new BuildSite(TestApp.APP)
        .run(
            new BuildSite.Request(
                index,
                TestPacks.BUILT_IN,
                out,
                repos,
                lang,
                ZoneOffset.UTC,
                jekyll,
                7,
                null,
                false,
                IndexNotices.NONE));
  }

  private static Map<String, Long> bars(String svg) {
    return bars(svg, BAR);
  }

  private static Map<String, Long> bars(String svg, Pattern bar) {
    Map<String, Long> bars = new TreeMap<>();
    Matcher m = bar.matcher(svg);
    while (m.find()) {
      long v = Long.parseLong(m.group(2));
      if (v > 0) {
        bars.put(m.group(1), v);
      }
    }
    return bars;
  }

  private static Map<String, Long> countByWeek(String query, DateField date) {
    Map<String, Long> counts =
        new TreeMap<>(
            new QueryIndex(TestApp.APP)
                .run(
                    new QueryIndex.Request(
                        index,
                        TestPacks.BUILT_IN,
                        query,
                        VLLM,
                        new QueryIndex.Counts(CountBy.WEEK, date, ZoneId.of("UTC")),
                        IndexNotices.NONE))
                .countsOrNull());
    counts.remove("none");
    return counts;
  }

  @Test
  void theSiteHasAHomeTheHistoryPagesAndADailyReportPerDay() {
    Path out = tmp.resolve("site");

    BuildSite.Result result = build(out, ReportLanguage.EN, false, List.of());

    assertThat(result.repositories()).containsExactly(VLLM);
    assertThat(result.files())
        .contains(
            "index.html",
            "vllm-project/vllm/topics.html",
            "vllm-project/vllm/amd.html",
            "vllm-project/vllm/activity.html",
            "vllm-project/vllm/lists/amd-rocm-2025-W50.html",
            "assets/vllm-project/vllm/topic-amd-rocm.svg");
    assertThat(result.files().stream().filter(f -> f.startsWith("vllm-project/vllm/reports/")))
        .hasSize(7)
        .last()
        .isEqualTo("vllm-project/vllm/reports/2026-03-26.html");
    assertThat(result.written()).isEqualTo(result.files());
  }

  @Test
  void everyTopicBarEqualsQueryCountByWeekAndItsListHasAsManyItems() throws IOException {
    Path out = tmp.resolve("site");
    build(out, ReportLanguage.EN, false, List.of());

    for (String topic : List.of("amd-rocm", "performance", "docs", "low-precision")) {
      String svg =
          Files.readString(out.resolve("assets/vllm-project/vllm/topic-" + topic + ".svg"));
      Map<String, Long> chart = bars(svg);
      // the bars count items by primary topic, the lighter ones the other items with the topic
      Map<String, Long> query = countByWeek("primary:" + topic, DateField.CREATED);
      Map<String, Long> mentions =
          countByWeek("topic:" + topic + " AND NOT primary:" + topic, DateField.CREATED);

      assertThat(chart).as(topic).isNotEmpty().isEqualTo(query);
      assertThat(bars(svg, MENTION_BAR)).as(topic + " mentions").isNotEmpty().isEqualTo(mentions);
      String week = ((TreeMap<String, Long>) chart).lastKey();
      String list =
          Files.readString(out.resolve("vllm-project/vllm/lists/" + topic + "-" + week + ".html"));
      assertThat(list).contains("<p>" + chart.get(week) + " items");
    }
    assertThat(bars(Files.readString(out.resolve("assets/vllm-project/vllm/amd-merged.svg"))))
        .isEqualTo(countByWeek("topic:amd-rocm AND kind:pr AND merged:true", DateField.MERGED));
    assertThat(bars(Files.readString(out.resolve("assets/vllm-project/vllm/activity-weekly.svg"))))
        .isEqualTo(countByWeek("", DateField.CREATED));
  }

  @Test
  void theTopicsPageNamesTopicsInThePacksWords() throws IOException {
    Path rules = tmp.resolve("rules");
    io.devpulse.rules.RulePacks.writeBuiltIn(rules, false);
    Path zh = rules.resolve("messages_zh.properties");
    Files.writeString(
        zh, Files.readString(zh).replace("topic.performance=性能优化", "topic.performance=推理提速"));
    Path out = tmp.resolve("site");

    new BuildSite(TestApp.APP)
        .run(
            new BuildSite.Request(
                index,
                io.devpulse.classify.Pack.load(rules),
                out,
                List.of(),
                ReportLanguage.ZH,
                ZoneOffset.UTC,
                false,
                1,
                null,
                false,
                IndexNotices.NONE));

    assertThat(Files.readString(out.resolve("vllm-project/vllm/topics.html")))
        .contains("推理提速")
        .doesNotContain("性能优化");
  }

  @Test
  void aRerunWritesNothingAndTheSameIndexGivesTheSameBytes() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    build(a, ReportLanguage.ZH, false, List.of());

    BuildSite.Result again = build(a, ReportLanguage.ZH, false, List.of());
    build(b, ReportLanguage.ZH, false, List.of());

    assertThat(again.written()).isEmpty();
    for (String f : again.files()) {
      assertThat(Files.readString(b.resolve(f))).as(f).isEqualTo(Files.readString(a.resolve(f)));
    }
  }

  @Test
  void theJekyllSourceHasPostsAHomeAndChartsUnderAssets() throws IOException {
    Path out = tmp.resolve("docs");
    Files.createDirectories(out.resolve("_posts"));
    Files.writeString(
        out.resolve("_posts/2026-03-26-1101-1h-vllm.md"), "---\ntitle: hourly\n---\n");

    BuildSite.Result result = build(out, ReportLanguage.ZH, true, List.of(VLLM));

    assertThat(result.files())
        .contains(
            "index.md",
            "_posts/2026-03-26-daily-vllm.md",
            "devpulse/vllm-project/vllm/topics.html",
            "assets/devpulse/vllm-project/vllm/topic-amd-rocm.svg");
    String home = Files.readString(out.resolve("index.md"));
    assertThat(home)
        .startsWith("---\ntitle: \"devpulse：vllm-project/vllm\"\nlayout: default\n---\n")
        .contains("[2026-03-26]({{ site.baseurl }}{% post_url 2026-03-26-daily-vllm %})")
        .contains(
            "[2026-03-26 11:01（1h）]({{ site.baseurl }}{% post_url 2026-03-26-1101-1h-vllm %})")
        .contains("[话题]({{ site.baseurl }}/devpulse/vllm-project/vllm/topics.html)");
    assertThat(Files.readString(out.resolve("_posts/2026-03-26-daily-vllm.md")))
        .contains("[<< Back to Home]({{ site.baseurl }}/)");
    assertThat(Files.readString(out.resolve("_posts/2026-03-26-1101-1h-vllm.md")))
        .isEqualTo("---\ntitle: hourly\n---\n");
  }

  @Test
  void liquidAndHtmlFromTheDataStayInert() throws IOException {
    Path hostile = tmp.resolve("hostile.json");
    String hour = Files.readString(Path.of(TestApp.fixture("vllm-2025-12-10-hour/issues.json")));
    Files.writeString(
        hostile,
        hour.replaceFirst(
            "\"title\": \"[^\"]*\"",
            "\"title\": \"[ROCm] {{ site.secret }} {% include x %} <script>alert(1)</script>\""));
    Path own = tmp.resolve("index");
    TestApp.importFixtures(own, "vllm-week-2025-12-12/issues.json");
    new ImportFiles(TestApp.APP)
        .run(
            new ImportFiles.Request(
                own, List.of(hostile), ReadOptions.defaults(), TestPacks.BUILT_IN));
    Path out = tmp.resolve("docs");

    new BuildSite(TestApp.APP)
        .run(
            new BuildSite.Request(
                own,
                TestPacks.BUILT_IN,
                out,
                List.of(),
                ReportLanguage.EN,
                ZoneOffset.UTC,
                true,
                3,
                null,
                false,
                IndexNotices.NONE));

    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text =
            Files.readString(f, StandardCharsets.UTF_8)
                .replace("{{ site.baseurl }}", "")
                .replaceAll("\\{% post_url [0-9a-z.-]+ %}", "");
        assertThat(text).as(f.toString()).doesNotContain("{{", "{%", "<script>");
      }
    }
  }

  @Test
  void anOutThatIsAFileIsAOneLineError() throws IOException {
    Path file = Files.writeString(tmp.resolve("site.txt"), "x");

    assertThatThrownBy(() -> build(file, ReportLanguage.EN, false, List.of()))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("--out " + file + " is a file; the site needs a directory");
  }

  @Test
  void aRepositoryTheIndexDoesNotHoldIsAOneLineError() {
    assertThatThrownBy(
            () ->
                build(
                    tmp.resolve("site"),
                    ReportLanguage.EN,
                    false,
                    List.of(Repository.parse("a/b"))))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("repository a/b is not in the index (it holds vllm-project/vllm)");
  }
}
