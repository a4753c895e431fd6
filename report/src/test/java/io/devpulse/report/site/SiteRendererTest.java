package io.devpulse.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.report.ReportLanguage;
import org.junit.jupiter.api.Test;

class SiteRendererTest {
  @Test
  void chineseAndEnglishHaveTheSameMessageKeys() {
    assertThat(SiteRenderer.messages(ReportLanguage.ZH).all().keySet())
        .isEqualTo(SiteRenderer.messages(ReportLanguage.EN).all().keySet());
  }

  @Test
  void topicNamesComeFromTheReportsWording() {
    assertThat(SiteRenderer.topicSlug("Amd rocm/x")).isEqualTo("amd-rocm-x");
  }

  @Test
  void frontMatterTitlesAreQuotedWithoutLiquid() {
    assertThat(SiteRenderer.yaml("a \"b\" {{ c }}"))
        .isEqualTo("\"a \\\"b\\\" &#123;&#123; c &#125;&#125;\"");
  }
}
