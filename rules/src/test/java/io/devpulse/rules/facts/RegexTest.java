package io.devpulse.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class RegexTest {
  @Test
  void matchesAsStringMatchesDoes() {
    String asks = "(?is)(how|why|what)\\b(?!['’]t\\b).*";
    for (String title : new String[] {"How to run on B200", "What's new", "Show how", "", "why"}) {
      assertThat(Regex.matches(title, asks)).as(title).isEqualTo(title.matches(asks));
    }
    // the whole text, not a part of it
    assertThat(Regex.matches("since #12 broken", "#\\d+")).isFalse();
  }

  @Test
  void manyPatternsStayCorrect() {
    for (int i = 0; i < 2_500; i++) {
      assertThat(Regex.matches("x" + i, "x" + i)).isTrue();
      assertThat(Regex.matches("x" + i, "x" + (i + 1))).isFalse();
    }
  }

  @Test
  void aBadPatternFailsAsStringMatchesDoes() {
    assertThatThrownBy(() -> Regex.matches("x", "(")).isInstanceOf(PatternSyntaxException.class);
  }
}
