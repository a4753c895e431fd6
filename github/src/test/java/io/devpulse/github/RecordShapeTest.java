package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordShapeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "issue, ISSUE",
    "issue pull request, ISSUE",
    "pulls endpoint, PULL",
    "issue comment, COMMENT",
    "review comment, COMMENT",
    "review, REVIEW"
  })
  void tellsEachKindFromItsFields(String kind, RecordType expected) throws IOException {
    // given
    String json =
        switch (kind) {
          case "issue" -> Inputs.ISSUE;
          case "issue pull request" -> Inputs.ISSUE_PR;
          case "pulls endpoint" -> Inputs.PULL;
          case "issue comment" -> Inputs.COMMENT;
          case "review comment" -> Inputs.REVIEW_COMMENT;
          default -> Inputs.REVIEW;
        };
    // when, then
    assertThat(RecordShape.detect(new ObjectMapper().readTree(json))).contains(expected);
  }

  @Test
  void anIssueWithoutNumberIsStillAnIssue() throws IOException {
    assertThat(RecordShape.detect(new ObjectMapper().readTree("{\"title\": \"x\"}")))
        .contains(RecordType.ISSUE);
  }

  @Test
  void otherObjectsAreUnknown() throws IOException {
    assertThat(RecordShape.detect(new ObjectMapper().readTree("{\"id\": 1, \"name\": \"bug\"}")))
        .isEmpty();
    assertThat(RecordShape.detect(new ObjectMapper().readTree("{}"))).isEmpty();
  }
}
