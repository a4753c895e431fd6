package io.devpulse.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Repository;
import org.junit.jupiter.api.Test;

class SiteLayoutTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vLLM");

  @Test
  void staticLinksAreRelative() {
    SiteLayout s = SiteLayout.STATIC;

    assertThat(s.page(VLLM, "topics")).isEqualTo("vllm-project/vllm/topics.html");
    assertThat(s.href("index.html", s.page(VLLM, "topics")))
        .isEqualTo("vllm-project/vllm/topics.html");
    assertThat(s.href(s.list(VLLM, "docs", "2025-W50"), s.page(VLLM, "topics")))
        .isEqualTo("../topics.html");
    assertThat(s.href(s.page(VLLM, "amd"), s.home())).isEqualTo("../../index.html");
    assertThat(s.href(s.page(VLLM, "amd"), s.chart(VLLM, "amd-merged")))
        .isEqualTo("../../assets/vllm-project/vllm/amd-merged.svg");
  }

  @Test
  void jekyllLinksGoThroughBaseurlAndPostUrl() {
    SiteLayout j = SiteLayout.JEKYLL;

    assertThat(j.home()).isEqualTo("index.md");
    assertThat(j.href("index.md", j.page(VLLM, "topics")))
        .isEqualTo("{{ site.baseurl }}/devpulse/vllm-project/vllm/topics.html");
    assertThat(j.href("index.md", "_posts/2025-12-12-daily-vllm.md"))
        .isEqualTo("{{ site.baseurl }}{% post_url 2025-12-12-daily-vllm %}");
    assertThat(j.href(j.page(VLLM, "amd"), j.home())).isEqualTo("{{ site.baseurl }}/");
  }
}
