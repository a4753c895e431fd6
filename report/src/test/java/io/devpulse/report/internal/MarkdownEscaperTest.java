package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscaperTest {
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "plain text 中文 #1 => plain text 中文 #1",
        "[x](javascript:alert(1)) => \\[x\\](javascript:alert(1))",
        "a | b => a \\| b",
        "*b* _i_ `c` ~~s~~ $$m$$ => \\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\$\\$m\\$\\$",
        "<script>&</script> => &lt;script&gt;&amp;&lt;/script&gt;",
        "{{ site.github }} {% include x %} => &#123;&#123; site.github &#125;&#125; &#123;% include x %&#125;",
        "back\\slash => back\\\\slash"
      })
  void escapes(String raw, String escaped) {
    assertThat(MarkdownEscaper.escape(raw)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {"line\\n# heading => line # heading", "a\\r\\n\\r\\nb => a b"})
  void lineBreaksBecomeOneSpace(String raw, String escaped) {
    assertThat(MarkdownEscaper.escape(raw.replace("\\n", "\n").replace("\\r", "\r")))
        .isEqualTo(escaped);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        // U+202E made a login "\u202Egnp.exe" read "exe.png"
        "\\u202Egnp.exe => gnp.exe",
        "a\\u202Ab\\u202Bc\\u202Cd\\u202De\\u2066f\\u2067g\\u2068h\\u2069i\\u200Ej\\u200Fk\\u061Cl => abcdefghijkl",
        "zero\\u200Bwidth\\u200C\\u200D\\u2060\\uFEFF => zerowidth",
        "bell\\u0007 del\\u007F c1\\u0080\\u009B nul\\u0000 => bell del c1 nul",
        "line\\u0085break => line break",
        "a\\n\\u200B\\nb => a b"
      })
  void removesBidiControlsZeroWidthAndControlCharacters(String raw, String escaped) {
    assertThat(MarkdownEscaper.escape(unescape(raw))).isEqualTo(escaped);
  }

  /** {@code \\uXXXX} and {@code \\n} as the characters they name. */
  private static String unescape(String text) {
    return Pattern.compile("\\\\u([0-9A-Fa-f]{4})")
        .matcher(text.replace("\\n", "\n"))
        .replaceAll(
            m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }

  @Property(tries = 2000)
  void leavesNoHiddenCharacter(@ForAll @CharRange(from = '\u0000', to = '\u3000') String text) {
    String escaped = MarkdownEscaper.escape(text);
    assertThat(escaped.chars())
        .noneMatch(
            c ->
                HiddenCharacters.isInvisible((char) (int) c)
                    || HiddenCharacters.isControl((char) (int) c));
  }
}
