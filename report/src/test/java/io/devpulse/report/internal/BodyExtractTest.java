package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyExtractTest {
  @Test
  void purposeSectionOfAPullRequest() {
    String body = "<!-- markdownlint-disable -->\n## Purpose\n- First point.\n- Second [link](http://x) point.\n\n"
        + "## Test Plan\npytest\n";

    assertThat(BodyExtract.of(body)).isEqualTo("First point. Second link point.");
  }

  @Test
  void bugDescriptionSkipsTheEnvironmentDump() {
    String body = "### Your current environment\n\n<details>\n<summary>env</summary>\n\n```text\nROCM Version: N/A\n"
        + "```\n</details>\n\n### 🐛 Describe the bug\n\nIt crashes with `fp8`.\n\n### Before submitting\n- [x] searched\n";

    assertThat(BodyExtract.of(body)).isEqualTo("It crashes with `fp8`.");
  }

  @Test
  void firstParagraphOtherwise() {
    assertThat(BodyExtract.of("\r\nFixes the thing.\r\nReally.\r\n\r\nMore text.")).isEqualTo("Fixes the thing. Really.");
    assertThat(BodyExtract.of("# Title only\n\nThe paragraph.")).isEqualTo("The paragraph.");
  }

  @Test
  void emptyWhenNothingUsable() {
    assertThat(BodyExtract.of(null)).isEmpty();
    assertThat(BodyExtract.of("")).isEmpty();
    assertThat(BodyExtract.of("```\ncode only\n```\n<!-- comment -->")).isEmpty();
    assertThat(BodyExtract.of("## Purpose\n\n## Test Plan\nRun it.")).isEqualTo("Run it.");
  }

  @Test
  void longTextIsCutAtAWord() {
    String extract = BodyExtract.of("word ".repeat(200));

    assertThat(extract).hasSizeLessThanOrEqualTo(BodyExtract.MAX_LENGTH).endsWith("word…");
  }

  @Test
  void withoutCodeAndDetails() {
    assertThat(BodyExtract.withoutCodeAndDetails("a\n```\nROCm\n```\n<details>HIP</details>\nb"))
        .doesNotContain("ROCm", "HIP").contains("a", "b");
  }
}
