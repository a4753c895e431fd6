package io.devpulse.rules.facts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.rules.Fixtures;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {
  @Test
  void body_dropsTheCollectEnvBlockOfVllmBugReports() {
    String body = TextCleaner.body(Fixtures.hourItem(30387).body());

    assertThat(body)
        .doesNotContainIgnoringCase("rocm")
        .doesNotContain("HIP", "MIOpen", "collect_env")
        .doesNotContain("Before submitting")
        .contains(
            "crashes with CUDA error: an illegal memory access was encountered",
            "NCCL communication errors");
  }

  @Test
  void body_dropsEnvironmentLinesEvenOutsideDetailsAndFences() {
    String body =
        TextCleaner.body("Hi\nROCM used to build PyTorch: N/A\nHIP runtime version: N/A\nbye");
    assertThat(body).isEqualTo("Hi bye");
  }

  @Test
  void body_dropsHtmlCommentsCodeFencesAndMarkup() {
    String body =
        TextCleaner.body(
            """
        <!-- template: mention ROCm here -->
        ## Purpose
        **Faster** [decode](https://x.y/z) path, see https://example.com/rocm
        ```log
        rocm_aiter crashed
        ```
        - [x] done
        """);
    assertThat(body).isEqualTo("Purpose Faster decode path, see"); // the checklist item is gone too
  }

  @Test
  void title_dropsTagsBackticksAndLeadingColon() {
    assertThat(TextCleaner.title("[Bug]: illegal memory access `fp8`  [ROCm]"))
        .isEqualTo("illegal memory access fp8");
    assertThat(TextCleaner.tags("[CI/Build][ROCm] x [1/N]"))
        .containsExactly("CI/Build", "ROCm", "1/N");
  }

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
    "rocm",
    " ",
    "\n",
    "\n\n",
    "\t",
    "\r",
    "\r\n",
    "\f",
    "\u2028",
    "-",
    "*",
    "+",
    "#",
    "## ",
    "- [ ] ",
    "* [x] ",
    "```",
    "~~~",
    "<!--",
    "-->",
    "<details>",
    "</details>",
    "http://x.y/z ",
    "`",
    "_",
    "|",
    "> ",
    "[a](b)",
    "![i](u)",
    "<b>",
    "### Your current environment",
    "ROCm version: 6",
    "中文",
    "😀"
  };

  @Test
  void body_ofAnySnippetIsOneLineWithoutAnEnvironmentLine() {
    // 20,000 random markdown snippets: the reader never fails and gives one line without an
    // environment line
    Random random = new Random(20251211);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      // (backticks or an unclosed "<!--" inside a paragraph are text, as GitHub shows them)
      assertThat(TextCleaner.body(s))
          .as(visible(s))
          .doesNotContain("\n")
          .doesNotContainIgnoringCase("rocm version");
    }
  }

  /** The text with its control characters spelled out, for messages. */
  private static String visible(String s) {
    return s.replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        .replace("\f", "\\f")
        .replace("\u2028", "\\u2028");
  }

  /**
   * Bodies of 65,536 characters (GitHub's limit) that took the regular expressions quadratic time.
   */
  static Stream<Arguments> hostileBodies() {
    int n = 65_536;
    return Stream.of(
        Arguments.of("]( then [", "](" + "[".repeat(n - 2)), // 22 s
        Arguments.of("]([ repeated", "](" + "](([".repeat(n / 4)),
        Arguments.of("![ repeated", "](" + "![".repeat(n / 2)),
        Arguments.of("<a repeated", "<a".repeat(n / 2)), // 5 s
        Arguments.of("</a repeated", "</a".repeat(n / 3)),
        Arguments.of(
            "[ then blank lines", "[\n" + "\n".repeat(n - 3) + "x"), // a box's \s* over every line
        Arguments.of("- then blank lines", "[- " + "\n \t".repeat(n / 3)),
        Arguments.of("lone CRs", "[" + "\r".repeat(n - 2) + "x"),
        Arguments.of("open comments", "<!--".repeat(n / 4)),
        Arguments.of("open details", "<details>".repeat(n / 9)),
        Arguments.of("fences", "```\n".repeat(n / 4)),
        Arguments.of("headings", "## Your current environment\n".repeat(n / 28)),
        Arguments.of("env markers", "is debug build ".repeat(n / 15)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  void body_takesLinearTimeOnHostileBodies(String name, String body) {
    long start = System.nanoTime();
    String cleaned = TextCleaner.body(body);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "TextCleanerTest: %s (%,d chars) cleaned in %d ms%n", name, body.length(), millis);
    assertThat(cleaned).isNotNull();
    // A normal 64 KB body takes 10-60 ms; quadratic patterns took 5-22 s. The bound is generous for
    // CI's
    // two busy cores and still ten times under the old cost.
    assertThat(millis).as(name).isLessThan(2_000);
  }
}
