package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BodyExtractTest {
  @Test
  void purposeSectionOfAPullRequest() {
    String body =
        "<!-- markdownlint-disable -->\n## Purpose\n- First point.\n- Second [link](http://x) point.\n\n"
            + "## Test Plan\npytest\n";

    assertThat(BodyExtract.of(body)).isEqualTo("First point. Second link point.");
  }

  @Test
  void bugDescriptionSkipsTheEnvironmentDump() {
    String body =
        "### Your current environment\n\n<details>\n<summary>env</summary>\n\n```text\nROCM Version: N/A\n"
            + "```\n</details>\n\n### 🐛 Describe the bug\n\nIt crashes with `fp8`.\n\n### Before submitting\n- [x] searched\n";

    assertThat(BodyExtract.of(body)).isEqualTo("It crashes with `fp8`.");
  }

  @Test
  void firstParagraphOtherwise() {
    assertThat(BodyExtract.of("\r\nFixes the thing.\r\nReally.\r\n\r\nMore text."))
        .isEqualTo("Fixes the thing. Really.");
    assertThat(BodyExtract.of("# Title only\n\nThe paragraph.")).isEqualTo("The paragraph.");
    assertThat(BodyExtract.of("## Purpose\nSpeed\n---\n"))
        .isEqualTo("Purpose Speed"); // headings only
  }

  @Test
  void emptyWhenNothingUsable() {
    assertThat(BodyExtract.of(null)).isEmpty();
    assertThat(BodyExtract.of("")).isEmpty();
    assertThat(BodyExtract.of("```\ncode only\n```\n<!-- comment -->")).isEmpty();
    assertThat(BodyExtract.of("## Purpose\n\n## Test Plan\nRun it.")).isEqualTo("Run it.");
  }

  @Test
  void longTextKeepsWholeEnglishSentencesAndMarksWhatItLeftOut() {
    String first = "Enable torch.compile for the decode step, e.g. from the second step on. ";
    String second = "The first step is left eager because its graph differs from later steps. ";
    String body = "## Purpose\n" + (first + second).repeat(5) + "This changes `_fwd`.\n";

    String extract = BodyExtract.of(body);

    assertThat(extract).hasSizeLessThanOrEqualTo(BodyExtract.MAX_LENGTH).endsWith(". …");
    String kept = extract.substring(0, extract.length() - 2);
    // every sentence whole: the kept text is a run of the two sentences, none cut ("e.g." is no
    // end)
    assertThat((first + second).repeat(5)).startsWith(kept);
    assertThat(kept.strip()).matches("(?s).*(step on|later steps)\\.");
    assertThat(kept).contains("e.g. from the second step on.");
  }

  @Test
  void longChineseTextKeepsWholeSentences() {
    String sentence = "本 PR 为 Whisper 的解码步骤启用图编译，从第二个解码步开始。第一步计算并缓存交叉注意力的键值！";
    String body = sentence.repeat(12);

    String extract = BodyExtract.of(body);

    assertThat(extract).hasSizeLessThanOrEqualTo(BodyExtract.MAX_LENGTH).endsWith(" …");
    String kept = extract.substring(0, extract.length() - 2);
    assertThat(body).startsWith(kept);
    assertThat(kept).endsWith("！");
    assertThat(kept.length()).isGreaterThan(BodyExtract.MAX_LENGTH / 2);
  }

  @Test
  void aTextThatFitsIsWhole() {
    String text = "One sentence. Two sentences. 三句话。";
    assertThat(BodyExtract.of(text)).isEqualTo(text);
  }

  @Test
  void longTextIsCutAtAWord() {
    String extract = BodyExtract.of("word ".repeat(200));

    assertThat(extract).hasSizeLessThanOrEqualTo(BodyExtract.MAX_LENGTH).endsWith("word…");
  }

  @Test
  void withoutCodeAndDetails() {
    assertThat(BodyExtract.withoutCodeAndDetails("a\n```\nROCm\n```\n<details>HIP</details>\nb"))
        .doesNotContain("ROCm", "HIP")
        .contains("a", "b");
  }

  /** Markdown pieces, hostile ones included, for random snippets. */
  private static final String[] PIECES = {
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "<",
    ">",
    "</",
    "a",
    "fix",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\r",
    "\r\n",
    "\f",
    "\u000B",
    "\u2028",
    "\u0085",
    "-",
    "*",
    "+",
    "1.",
    "2)",
    "#",
    "## ",
    "### Purpose",
    "## Describe the bug",
    "# Summary #",
    "- [ ] ",
    "* [x] ",
    "```",
    "~~~",
    "<!--",
    "-->",
    "<details>",
    "</details>",
    "> ",
    "[a](b)",
    "![i](u)",
    "<b>",
    "word ",
    "中文",
    "😀",
    "   ",
    "\n   \n"
  };

  @Test
  void anySnippetGivesOneShortLine() {
    // 20,000 random snippets: the reader never fails, and each extract is one short line
    Random random = new Random(20251212);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertThat(BodyExtract.of(s))
          .as(visible(s))
          .hasSizeLessThanOrEqualTo(BodyExtract.MAX_LENGTH)
          .doesNotContain("\n");
      assertThat(BodyExtract.withoutCodeAndDetails(s)).as(visible(s)).doesNotContain("\n");
    }
  }

  /** The text with its control characters spelled out, for messages. */
  private static String visible(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\f", "\\f");
  }

  /**
   * Bodies of 65,536 characters (GitHub's limit) that took the regular expressions quadratic time.
   */
  static Stream<Arguments> hostileBodies() {
    int n = 65_536;
    return Stream.of(
        Arguments.of("]( then [", "](" + "[".repeat(n - 2)), // 29 s
        Arguments.of("]([ repeated", "](" + "](([".repeat(n / 4)),
        Arguments.of("<a repeated", "<a".repeat(n / 2)), // 6 s
        Arguments.of("a heading of #s", "# " + "#".repeat(n - 3) + "x"), // 47 s
        Arguments.of(
            "a section of blank lines", "## Purpose\n" + "\n".repeat(n - 12) + "x"), // 153 s
        Arguments.of(
            "a section of blank lines and spaces", "## Purpose\n" + " \n".repeat(n / 2 - 6) + "x"),
        Arguments.of("a paragraph of [", "[" + "\n[".repeat(n / 2)),
        Arguments.of("open comments", "<!--".repeat(n / 4)),
        Arguments.of("fences", "```\n".repeat(n / 4)),
        Arguments.of("headings", "## Purpose\n".repeat(n / 11)),
        Arguments.of("list markers", "## Purpose\n" + "- ".repeat(n / 2 - 6)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  void takesLinearTimeOnHostileBodies(String name, String body) {
    long start = System.nanoTime();
    String extract = BodyExtract.of(body);
    BodyExtract.withoutCodeAndDetails(body);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "BodyExtractTest: %s (%,d chars) extracted in %d ms%n", name, body.length(), millis);
    assertThat(extract).hasSizeLessThanOrEqualTo(BodyExtract.MAX_LENGTH);
    // A normal 64 KB body takes 20-60 ms; quadratic patterns took 6-153 s. The bound is generous
    // for CI's
    // two busy cores and still ten times under the old cost.
    assertThat(millis).as(name).isLessThan(2_000);
  }
}
