package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParsedRecordTest {

  @Test
  void requiresAllParts() {
    assertThatThrownBy(() -> new ParsedRecord(null, "{}", new SourcePosition("f", 1, 1, 0)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("entity");
  }
}
