package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HiddenCharactersTest {
  @Test
  void invisibleAreTheBidiControlsAndZeroWidthCharacters() {
    String invisible =
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C"
            + "\u200B\u200C\u200D\u2060\uFEFF";
    assertThat(invisible.chars()).allMatch(c -> HiddenCharacters.isInvisible((char) (int) c));
    long count =
        IntStream.rangeClosed(0, 0xFFFF)
            .filter(c -> HiddenCharacters.isInvisible((char) (int) c))
            .count();
    assertThat(count).isEqualTo(invisible.length());
  }

  @Test
  void controlsAreC0DelAndC1() {
    assertThat(
            IntStream.rangeClosed(0, 0xFFFF)
                .filter(c -> HiddenCharacters.isControl((char) (int) c)))
        .containsExactlyElementsOf(
            IntStream.concat(IntStream.range(0, 0x20), IntStream.rangeClosed(0x7F, 0x9F))
                .boxed()
                .toList());
    assertThat(" aZ~é中😀".chars()).noneMatch(c -> HiddenCharacters.isControl((char) (int) c));
  }
}
