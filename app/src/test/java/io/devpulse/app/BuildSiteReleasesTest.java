package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Repository;
import io.devpulse.report.ReportLanguage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site over the synthetic day (fixtures/vllm-attention-day): a report page per published
 * release, and the latest day's releases and needs-attention lists on the repository's part of the
 * home page.
 */
class BuildSiteReleasesTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");

  @TempDir static Path shared;
  static Path index;

  @TempDir Path tmp;

  @BeforeAll
  static void importTheDay() {
    index = shared.resolve("index");
    TestApp.importFixtures(
        index,
        "vllm-attention-day/issues.json",
        "vllm-attention-day/comments.json",
        "vllm-attention-day/reviews.json",
        "vllm-attention-day/releases.json");
  }

  private BuildSite.Result build(Path out, boolean jekyll) {
    return new BuildSite(TestApp.APP)
        .run(
            new BuildSite.Request(
                index,
                TestPacks.BUILT_IN,
                out,
                List.of(VLLM),
                ReportLanguage.EN,
                ZoneOffset.UTC,
                jekyll,
                2,
                null,
                false,
                IndexNotices.NONE));
  }

  @Test
  void everyPublishedReleaseGetsAPageLinkedFromTheHomeWithWhatWaitsOnMaintainers()
      throws Exception {
    Path out = tmp.resolve("site");

    BuildSite.Result result = build(out, false);

    assertThat(result.files())
        .contains(
            "vllm-project/vllm/releases/2025-11-20-release-vllm-v0.11.0.html",
            "vllm-project/vllm/releases/2025-12-11-release-vllm-v0.11.1.html",
            "vllm-project/vllm/releases/2025-12-11-release-vllm-v0.12.0rc1.html")
        .noneMatch(f -> f.contains("v0.11.2")); // a draft
    String home = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(home)
        .contains(
            "<a href=\"vllm-project/vllm/releases/2025-12-11-release-vllm-v0.11.1.html\">v0.11.1"
                + " (2025-12-11)</a>")
        .contains("⏳ Needs Attention")
        .contains(">Issue #30502</a>", ">PR #30515</a>")
        .doesNotContain(">Issue #30501</a>");
    String release =
        Files.readString(
            out.resolve("vllm-project/vllm/releases/2025-12-11-release-vllm-v0.11.1.html"),
            StandardCharsets.UTF_8);
    assertThat(release).contains("vllm Release Report - v0.11.1", ">PR #30420</a>");
  }

  @Test
  void aJekyllSourceGetsReleasePostsAndTheListsInMarkdown() throws Exception {
    Path out = tmp.resolve("jekyll");

    BuildSite.Result result = build(out, true);

    assertThat(result.files()).contains("_posts/2025-12-11-release-vllm-v0.11.1.md");
    String home = Files.readString(out.resolve("index.md"), StandardCharsets.UTF_8);
    assertThat(home)
        .contains("### Release reports")
        .contains(
            "- [v0.11.1 (2025-12-11)]({{ site.baseurl }}{% post_url"
                + " 2025-12-11-release-vllm-v0.11.1 %})")
        .contains("### ⏳ Needs Attention");
  }
}
