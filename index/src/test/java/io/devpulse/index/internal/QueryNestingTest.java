package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.BadQueryException;
import org.junit.jupiter.api.Test;

class QueryNestingTest {
  private static String nested(int depth, String inside) {
    return "(".repeat(depth) + inside + ")".repeat(depth);
  }

  @Test
  void allowsThirtyTwoLevels() {
    assertThatCode(() -> QueryNesting.check(QueryText.of(nested(32, "title:rocm"))))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> QueryNesting.check(QueryText.of(nested(32, "a") + " AND " + nested(32, "b"))))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesDeeperNestingNamingTheColumnOfTheFirstParenthesisTooDeep() {
    // 5,000 levels overflowed the parser's stack: a StackOverflowError, exit 3
    assertThatThrownBy(() -> QueryNesting.check(QueryText.of("kind:pr AND " + nested(5_000, "x"))))
        .isInstanceOf(BadQueryException.class)
        .hasMessage("bad query at column 45: parentheses nested deeper than 32 levels");
    assertThatThrownBy(() -> QueryNesting.check(QueryText.of(nested(33, "x"))))
        .hasMessage("bad query at column 33: parentheses nested deeper than 32 levels");
  }

  @Test
  void countsOnlyTheParenthesesTheParserDescendsInto() {
    // in a phrase, a range or a regular expression they are text (RegexLimits counts the latter's
    // groups)
    String quoted = "title:\"" + "(".repeat(100) + "\"";
    String range = "title:[" + "(".repeat(100) + " TO z]";
    String regex = "title:/" + "(".repeat(40) + "a" + ")".repeat(40) + "/";
    String escaped = "title:" + "\\(".repeat(100);
    for (String query : new String[] {quoted, range, regex, escaped}) {
      assertThatCode(() -> QueryNesting.check(QueryText.of(query)))
          .as(query)
          .doesNotThrowAnyException();
    }
    // closing parentheses in a phrase do not close groups: ")))" cannot hide the depth
    String hiding = ("(".repeat(20) + "\"" + ")".repeat(20) + "\" ").repeat(2) + "x";
    assertThatThrownBy(() -> QueryNesting.check(QueryText.of(hiding)))
        .isInstanceOf(BadQueryException.class);
  }

  @Test
  void leavesSyntaxErrorsToTheParser() {
    assertThatCode(() -> QueryNesting.check(QueryText.of("a) " + "(".repeat(100))))
        .doesNotThrowAnyException();
    assertThatCode(() -> QueryNesting.check(QueryText.of("title:\"unclosed (((")))
        .doesNotThrowAnyException();
  }
}
