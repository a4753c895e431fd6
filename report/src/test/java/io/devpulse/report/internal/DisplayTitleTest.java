package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTitleTest {
  @Test
  void keepsTitlesUpToTheLimit() {
    String title = "[Bug]: illegal memory access with fp8 on MI300X";
    assertThat(DisplayTitle.of(title)).isSameAs(title);
    assertThat(DisplayTitle.of("x".repeat(300))).hasSize(300);
    assertThat(DisplayTitle.of(null)).isEmpty();
  }

  @Test
  void cutsALongTitleAtAWordWithAnEllipsis() {
    String shown = DisplayTitle.of("word ".repeat(1_000));

    assertThat(shown).hasSizeLessThanOrEqualTo(DisplayTitle.MAX_LENGTH).endsWith("word…");
  }

  @Test
  void cutsAWordlessTitleAtTheLimit() {
    assertThat(DisplayTitle.of("x".repeat(1_000_000))).isEqualTo("x".repeat(299) + "…");
  }

  @Test
  void neverCutsInsideACharacter() {
    // 😀 is two UTF-16 characters, é here e and a combining accent, 🇩🇪 two regional indicators
    for (String unit : new String[] {"😀", "e\u0301", "🇩🇪"}) {
      String shown = DisplayTitle.of(unit.repeat(400));
      assertThat(shown).hasSizeLessThanOrEqualTo(DisplayTitle.MAX_LENGTH).endsWith("…");
      assertThat(shown.substring(0, shown.length() - 1))
          .isEqualTo(unit.repeat((shown.length() - 1) / unit.length()));
    }
  }

  @Test
  void measuresWithoutHiddenCharacters() {
    // 100,000 zero-width spaces before the words: they would fill the cut and leave nothing to read
    assertThat(DisplayTitle.of("\u200B".repeat(100_000) + "Fix the crash"))
        .isEqualTo("Fix the crash");
    assertThat(DisplayTitle.of("\u202Egnp.exe\u0000 title\nline")).isEqualTo("gnp.exe title\nline");
  }
}
