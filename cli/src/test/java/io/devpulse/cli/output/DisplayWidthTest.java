package io.devpulse.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {
  @Test
  void chineseAndFullwidthTakeTwoColumnsLatinOne() {
    assertThat(DisplayWidth.of("abc")).isEqualTo(3);
    assertThat(DisplayWidth.of("性能优化")).isEqualTo(8);
    assertThat(DisplayWidth.of("ＦＰ８")).isEqualTo(6);
    assertThat(DisplayWidth.of("修复 fp8")).isEqualTo(8);
    assertThat(DisplayWidth.of("🚀")).isEqualTo(2);
  }

  @Test
  void combiningMarksAndFormatCharactersTakeNone() {
    assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
    assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
  }

  @Test
  void truncateCountsColumnsAndTheEllipsis() {
    assertThat(DisplayWidth.truncate("性能优化报告", 7)).isEqualTo("性能优…");
    assertThat(DisplayWidth.truncate("abcdef", 4)).isEqualTo("abc…");
    assertThat(DisplayWidth.truncate("abc", 4)).isEqualTo("abc");
  }
}
