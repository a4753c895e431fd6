package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import org.junit.jupiter.api.Test;

class HtmlEscaperTest {
  @Test
  void escapesMarkupQuotesAndBraces() {
    assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>&</a>{{z}}"))
        .isEqualTo(
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;&#123;&#123;z&#125;&#125;");
  }

  @Test
  void dropsControlCharacters() {
    assertThat(HtmlEscaper.escape("a\u0000b\nc")).isEqualTo("ab\nc");
  }

  @Test
  void removesBidiControlsAndZeroWidthCharacters() {
    // HTML honours U+202E: "\u202Egnp.exe" showed as "exe.png"
    assertThat(HtmlEscaper.escape("\u202Egnp.exe \u2066a\u2069 b\u200Bc\uFEFF \u200E\u200F\u061C"))
        .isEqualTo("gnp.exe a bc ");
  }

  @Test
  void keepsLineFeedsAndTabsButNoOtherControlCharacter() {
    assertThat(HtmlEscaper.escape("a\tb\nc\rd\u007Fe\u0085f\u009Fg")).isEqualTo("a\tb\ncdefg");
  }

  @Property(tries = 2000)
  void leavesNoHiddenCharacter(@ForAll @CharRange(from = '\u0000', to = '\u3000') String text) {
    assertThat(HtmlEscaper.escape(text).chars())
        .noneMatch(
            c ->
                c != '\n'
                    && c != '\t'
                    && (HiddenCharacters.isInvisible((char) (int) c)
                        || HiddenCharacters.isControl((char) (int) c)));
  }
}
