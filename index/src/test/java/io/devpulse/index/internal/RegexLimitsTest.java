package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.BadQueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegexLimitsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "rocm.*error",
        "mi[0-9]{3}x?",
        "(a|b)*c{2,}",
        "a{1,100}",
        "(a{1,10}){1,100}",
        "((ab){1,10}){1,10}c{1,10}",
        "\\{1,100000\\}",
        "[{(]{100}",
        "\"literal ((\"",
        "<1-100>",
        "(a|b|c|d|e){1,100}",
        "x+{100}",
        "a{3}{3}{3}{3}{3}{3}"
      })
  void acceptsExpressionsWithinTheBudget(String regex) {
    assertThatCode(() -> RegexLimits.check("body", regex)).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // 10,000 states: TooComplexToDeterminizeException after 2 s (exit 3)
        "(a{1,100}){1,100} | expands to more than 1000 positions (nested and stacked repeats multiply)",
        // a million states: minutes of CPU
        "((a{1,100}){1,100}){1,100} | expands to more than 1000 positions (nested and stacked repeats multiply)",
        "a{100}{100}{100} | expands to more than 1000 positions (nested and stacked repeats multiply)",
        "a+{100}{6} | expands to more than 1000 positions (nested and stacked repeats multiply)",
        "a{1,100}b{1,100}c{1,100}d{1,100}e{1,100}f{1,100}g{1,100}h{1,100}i{1,100}j{1,100}k |"
            + " expands to more than 1000 positions (nested and stacked repeats multiply)",
        "a{1,100000} | repeat counts above 100 are not supported",
        "a{101} | repeat counts above 100 are not supported",
        "a{99999999999999999999,} | repeat counts above 100 are not supported"
      })
  void refusesExpressionsOverTheBudget(String regex, String why) {
    assertThatThrownBy(() -> RegexLimits.check("body", regex))
        .isInstanceOf(BadQueryException.class)
        .hasMessage("bad regular expression in body: /" + RegexLimits.shown(regex) + "/; " + why);
  }

  @Test
  void showsAtMostSixtyCharactersOfTheExpression() {
    assertThat(RegexLimits.shown("a".repeat(60))).isEqualTo("a".repeat(60));
    assertThat(RegexLimits.shown("a".repeat(61))).isEqualTo("a".repeat(60) + "…");
    assertThat(RegexLimits.shown("a".repeat(59) + "😀")).isEqualTo("a".repeat(59) + "…");
  }

  @Test
  void refusesDeepNestingAndLengthShowingTheStartOfTheExpression() {
    // 5,000 nested groups overflowed Lucene's RegExp parser: a StackOverflowError, exit 3
    String deep = "(".repeat(5_000) + "a" + ")".repeat(5_000);
    assertThatThrownBy(() -> RegexLimits.check("title", deep.substring(0, 990)))
        .hasMessage(
            "bad regular expression in title: /"
                + "(".repeat(60)
                + "…/; groups nested deeper than 32"
                + " levels");
    assertThatThrownBy(() -> RegexLimits.check("title", deep))
        .hasMessage(
            "bad regular expression in title: /"
                + "(".repeat(60)
                + "…/; longer than 1000 characters");
    assertThatCode(() -> RegexLimits.check("title", "(".repeat(32) + "a" + ")".repeat(32)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a{", "a{,5}", "a{x}", "[abc", "\"open", "<1-", "((a)", "a))", "\\"})
  void leavesSyntaxErrorsToLucene(String regex) {
    assertThatCode(() -> RegexLimits.check("body", regex)).doesNotThrowAnyException();
  }
}
