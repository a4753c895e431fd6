package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscaperTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "plain text 中文 #1 => plain text 中文 #1",
      "[x](javascript:alert(1)) => \\[x\\](javascript:alert(1))",
      "a | b => a \\| b",
      "*b* _i_ `c` ~~s~~ $$m$$ => \\*b\\* \\_i\\_ \\`c\\` \\~\\~s\\~\\~ \\$\\$m\\$\\$",
      "<script>&</script> => &lt;script&gt;&amp;&lt;/script&gt;",
      "{{ site.github }} {% include x %} => &#123;&#123; site.github &#125;&#125; &#123;% include x %&#125;",
      "back\\slash => back\\\\slash"})
  void escapes(String raw, String escaped) {
    assertThat(MarkdownEscaper.escape(raw)).isEqualTo(escaped);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {"line\\n# heading => line # heading", "a\\r\\n\\r\\nb => a b"})
  void lineBreaksBecomeOneSpace(String raw, String escaped) {
    assertThat(MarkdownEscaper.escape(raw.replace("\\n", "\n").replace("\\r", "\r"))).isEqualTo(escaped);
  }
}
