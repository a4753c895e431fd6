package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CaseFoldTest {
  /**
   * Wherever the AMD scan's regex finds a keyword, the fold contains it: the check may only skip
   * texts the regex would not match, including the case pairs that are not plain ASCII.
   */
  @Test
  void theFoldContainsTheKeywordWheneverTheCaseInsensitiveRegexFindsIt() {
    List<String> keywords = List.of("ROCm", "MI300", "ss", "k", "is", "i", "Straße", "𐐨x");
    List<String> texts =
        List.of(
            "rocm 6.2",
            "ROCM Version: N/A",
            "Mi300x",
            "ſs and ſſ", // long s: upper case S
            "\u212A is the Kelvin sign",
            "İS and ıs", // Turkish dotted capital I, dotless small i
            "STRASSE and straße and STRAẞE",
            "𐐀X", // Deseret capital, a supplementary code point with a case pair
            "nothing here",
            "");
    for (String keyword : keywords) {
      Pattern regex =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      for (String text : texts) {
        if (regex.matcher(text).find()) {
          assertThat(CaseFold.fold(text))
              .as("%s in %s", keyword, text)
              .contains(CaseFold.fold(keyword));
        }
      }
    }
  }

  @Test
  void foldsCaseOnlyAndKeepsEverythingElse() {
    assertThat(CaseFold.fold("ROCm MI300X, 中文 🚀")).isEqualTo("rocm mi300x, 中文 🚀");
    assertThat(CaseFold.fold("nothing AMD")).doesNotContain(CaseFold.fold("rocm"));
  }
}
