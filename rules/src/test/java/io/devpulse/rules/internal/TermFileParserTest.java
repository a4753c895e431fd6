package io.devpulse.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.rules.RuleProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermFileParserTest {
  @Test
  void parsesKindsCommentsAndPositions() {
    List<RuleProblem> problems = new ArrayList<>();
    TermList list =
        TermFileParser.parse(
            "terms/topics/amd-rocm.txt",
            """
        # comment
        tag: ROCm, AMD
        phrase: Composable Kernel
        regex: mi[234]\\d\\d[a-z]?, not split
        login-suffix: -amd
        """,
            true,
            problems);

    assertThat(problems).isEmpty();
    assertThat(list.name()).isEqualTo("amd-rocm");
    assertThat(list.topic()).isTrue();
    assertThat(list.entries())
        .extracting(TermList.Entry::describe)
        .containsExactly(
            "tag: rocm",
            "tag: amd",
            "phrase: composable kernel",
            "regex: mi[234]\\d\\d[a-z]?, not split",
            "login-suffix: -amd");
    assertThat(list.entries().get(1))
        .extracting(TermList.Entry::line, TermList.Entry::column)
        .containsExactly(2, 12);
    assertThat(list.entries().get(2).tokens()).containsExactly("composable", "kernel");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "rocm                | 1:1: expected 'kind: terms' (kinds: tag, word, phrase, regex, label, login, login-prefix, login-suffix, path), found 'rocm'",
        "'  wrd: rocm'       | 1:3: unknown kind 'wrd' (kinds: tag, word, phrase, regex, label, login, login-prefix, login-suffix, path)",
        "word: a,,b          | 1:9: empty term in word: list",
        "word: a, --         | 1:10: word '--' has no letters or digits to match",
        "regex: (x           | 1:8: bad regex: missing closing )",
        "'regex: (a)\\1'      | 1:8: bad regex: invalid escape sequence",
        "regex:              | 1:7: regex: needs a pattern",
      })
  void reportsErrorsWithLineAndColumn(String line, String expected) {
    List<RuleProblem> problems = new ArrayList<>();
    TermFileParser.parse("t.txt", line, false, problems);

    assertThat(problems).extracting(RuleProblem::toString).containsExactly("t.txt:" + expected);
  }
}
