package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {
  @Test
  void escapesMarkupQuotesAndBraces() {
    assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>&</a>{{z}}"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;&#123;&#123;z&#125;&#125;");
  }

  @Test
  void dropsControlCharacters() {
    assertThat(HtmlEscaper.escape("a\u0000b\nc")).isEqualTo("ab\nc");
  }
}
