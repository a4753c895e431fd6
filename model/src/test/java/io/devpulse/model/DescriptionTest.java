package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DescriptionTest {
  @Test
  void codeBlocksAreKeptApartFromTheProseButNotInTemplatesOrDetails() {
    Description d =
        Description.of(
            """
        Faster now.

        ```
        Throughput: 6.47 requests/s
        ```

            indented 1.2 ms

        <details>

        ```
        hidden log
        ```

        </details>

        ### Your current environment
        ```
        collect_env output
        ```
        """);

    assertThat(d.text()).isEqualTo("Faster now.");
    assertThat(d.codeBlocks()).containsExactly("Throughput: 6.47 requests/s", "indented 1.2 ms");
    assertThat(Description.of("").codeBlocks()).isEmpty();
  }

  @Test
  void headingsStartSectionsAndListsAndQuotesAreProse() {
    Description d =
        Description.of(
            """
        Intro with **bold** and `code`.

        ## Purpose
        - First [point](https://x.y/z).
        - Second ![img](u.png) point.

        > Quoted line
        > goes on.

        ### Test Plan ###
        1. Run it.
        """);

    assertThat(d.sections())
        .extracting(Description.Section::heading)
        .containsExactly(null, "Purpose", "Test Plan");
    assertThat(d.sections().get(1).blocks())
        .containsExactly("First point.", "Second point.", "Quoted line goes on.");
    assertThat(d.text())
        .isEqualTo(
            "Intro with bold and `code`. Purpose First point. Second point. Quoted line goes on."
                + " Test Plan Run it.");
    assertThat(d.firstParagraph()).isEqualTo("Intro with bold and `code`.");
  }

  @Test
  void codeHtmlCommentsAndDetailsAreDropped() {
    Description d =
        Description.of(
            """
        <!-- mention ROCm here -->
        Keep this.

        ```log
        rocm crashed
        ```

            indented code

        <details>
        <summary>env</summary>

        HIP runtime inside details

        </details>

        And this.
        """);

    assertThat(d.text()).isEqualTo("Keep this. And this.");
  }

  @Test
  void anHtmlBlockShowsItsTextWithoutCommentsAndDetails() {
    assertThat(
            Description.of("<details>HIP</details>\nshown <b>here</b> <!-- not this -->\n\nnext")
                .text())
        .isEqualTo("shown here next");
  }

  @Test
  void templateSectionsChecklistsAndCollectEnvLinesAreDropped() {
    Description d =
        Description.of(
            """
        ### Your current environment
        Some env text

        #### nested under the template
        more env

        ### 🐛 Describe the bug
        It crashes.
        ROCM used to build PyTorch: N/A
        Really.

        ### Before submitting a new issue...
        - [x] Make sure you already searched.

        ## Checklist
        - [ ] tests added
        - a plain item
        """);

    assertThat(d.sections())
        .extracting(Description.Section::heading)
        .containsExactly("🐛 Describe the bug", "Checklist");
    assertThat(d.text())
        .isEqualTo("🐛 Describe the bug It crashes. Really. Checklist a plain item");
  }

  @Test
  void emptyOrBlankHasNothing() {
    assertThat(Description.of(null).sections()).isEmpty();
    assertThat(Description.of(" \n ").text()).isEmpty();
    assertThat(Description.of("```\nonly code\n```").firstParagraph()).isEmpty();
  }

  /** Bodies of 65,536 characters (GitHub's limit) built to make a parser or pattern quadratic. */
  static Stream<Arguments> hostileBodies() {
    int n = 65_536;
    return Stream.of(
        Arguments.of("]( then [", "](" + "[".repeat(n - 2)),
        Arguments.of("[ nested", "[".repeat(n / 2) + "]".repeat(n / 2)),
        Arguments.of("emphasis", "*a_".repeat(n / 3)),
        Arguments.of("backticks", "`".repeat(n)),
        Arguments.of("<a repeated", "<a".repeat(n / 2)),
        Arguments.of("a heading of #s", "# " + "#".repeat(n - 3) + "x"),
        Arguments.of("blank lines", "## Purpose\n" + "\n".repeat(n - 12) + "x"),
        Arguments.of("nested quotes", ">".repeat(n)),
        Arguments.of("nested lists", "- ".repeat(n / 2)),
        Arguments.of("open details", "<details>\n\n".repeat(n / 11)),
        Arguments.of("open comments", "<!--".repeat(n / 4)),
        Arguments.of("fences", "```\n".repeat(n / 4)),
        Arguments.of("template headings", "## Your current environment\n".repeat(n / 28)),
        Arguments.of("env markers", "is debug build ".repeat(n / 15)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  void takesLinearTimeOnHostileBodies(String name, String body) {
    long start = System.nanoTime();
    Description d = Description.of(body);
    d.text();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "DescriptionTest: %s (%,d chars) read in %d ms%n", name, body.length(), millis);
    // a normal 64 KB body takes tens of ms; the bound is generous for CI's two busy cores
    assertThat(millis).as(name).isLessThan(2_000);
  }
}
