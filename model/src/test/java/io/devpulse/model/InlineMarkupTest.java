package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineMarkupTest {
  /** The regular expressions InlineMarkup replaces: it must find exactly their matches. */
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");

  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

  private static final String[] PIECES = {
    "[", "]", "(", ")", "!", "![", "](", "<", ">", "</", "/", "a", "Z", "1", " ", "\n", "x",
    "[a](b)", "![i](u)", "<b>", "</i>", "😀"
  };

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "see [the docs](https://x.y/z) and [more](u) | see the docs and more",
        "[a[b](c) | a[b",
        "[a]b](c) | [a]b](c)",
        "[a] (c) [d](e | [a] (c) [d](e",
        "[]() | ''",
        "[x](a\\nb) | x"
      })
  void unwrapsLinksToTheirText(String text, String expected) {
    assertThat(InlineMarkup.unwrapLinks(text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void replacesImagesAndTags() {
    assertThat(InlineMarkup.replaceImages("a ![logo](x.png) [b](c) ![", "_"))
        .isEqualTo("a _ [b](c) ![");
    assertThat(InlineMarkup.replaceTags("<b>bold</b> 1 < 2 <br/> </ x> <3 <a", "_"))
        .isEqualTo("_bold_ 1 < 2 _ </ x> <3 <a");
  }

  @Test
  void findsWhatTheRegularExpressionsFind() {
    Random random = new Random(20251210);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String s = text.toString();
      assertThat(InlineMarkup.replaceImages(s, " "))
          .as(s)
          .isEqualTo(IMAGE.matcher(s).replaceAll(" "));
      assertThat(InlineMarkup.unwrapLinks(s)).as(s).isEqualTo(LINK.matcher(s).replaceAll("$1"));
      assertThat(InlineMarkup.replaceTags(s, " ")).as(s).isEqualTo(TAG.matcher(s).replaceAll(" "));
    }
  }

  @Test
  void returnsTheSameStringWhenThereIsNothingToReplace() {
    String text = "no markup [here] (really) <3";
    assertThat(InlineMarkup.unwrapLinks(text)).isSameAs(text);
    assertThat(InlineMarkup.replaceTags(text, " ")).isSameAs(text);
  }
}
