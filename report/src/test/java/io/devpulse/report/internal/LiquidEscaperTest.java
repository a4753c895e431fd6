package io.devpulse.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiquidEscaperTest {
  @Test
  void bracesBecomeEntities() {
    assertThat(LiquidEscaper.escape("{{ a }} {% b %}"))
        .isEqualTo("&#123;&#123; a &#125;&#125; &#123;% b %&#125;");
    assertThat(LiquidEscaper.escape("no braces")).isEqualTo("no braces");
  }
}
