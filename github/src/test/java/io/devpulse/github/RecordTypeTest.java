package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordTypeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "issue, ISSUE",
    "issues, ISSUE",
    "ISSUE, ISSUE",
    "pull, PULL",
    "pulls, PULL",
    "pr, PULL",
    "PR, PULL",
    "comment, COMMENT",
    "comments, COMMENT",
    "review, REVIEW",
    "Reviews, REVIEW",
    "release, RELEASE",
    "Releases, RELEASE"
  })
  void parsesTheNamesTheCliAccepts(String text, RecordType expected) {
    assertThat(RecordType.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "", "pull_request", "issue,pull"})
  void rejectsOtherNames(String text) {
    assertThatThrownBy(() -> RecordType.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type (" + text + ") must be one of issue, pull, comment, review, release");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ISSUE", "PULL", "COMMENT", "REVIEW", "RELEASE"})
  void keyParsesBack(RecordType type) {
    assertThat(RecordType.parse(type.key())).isEqualTo(type);
  }
}
