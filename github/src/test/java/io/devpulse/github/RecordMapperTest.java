package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Review;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RecordMapperTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void mapsByDetectedType() throws IOException {
    RecordMapper mapper = new RecordMapper(ReadOptions.defaults());
    assertThat(mapper.map(json.readTree(Inputs.PULL))).isInstanceOf(Item.class);
    assertThat(mapper.map(json.readTree(Inputs.COMMENT))).isInstanceOf(Comment.class);
    assertThat(mapper.map(json.readTree(Inputs.REVIEW))).isInstanceOf(Review.class);
  }

  @Test
  void forcedTypeWinsOverTheShape() throws IOException {
    // given a review comment, which has a pull_request_url and would pass for a review when forced
    RecordMapper mapper =
        new RecordMapper(ReadOptions.defaults().withForcedType(RecordType.REVIEW));
    // when, then
    assertThat(mapper.map(json.readTree(Inputs.REVIEW_COMMENT))).isInstanceOf(Review.class);
  }

  @Test
  void forcedTypeThatDoesNotFitNamesTheMissingField() throws IOException {
    RecordMapper mapper =
        new RecordMapper(ReadOptions.defaults().withForcedType(RecordType.COMMENT));
    assertThatThrownBy(() -> mapper.map(json.readTree(Inputs.ISSUE)))
        .hasMessage("field 'issue_url': missing");
  }

  @Test
  void unknownShapeListsItsFields() throws IOException {
    RecordMapper mapper = new RecordMapper(ReadOptions.defaults());
    assertThatThrownBy(() -> mapper.map(json.readTree("{}")))
        .isInstanceOf(RecordProblem.class)
        .hasMessage("cannot tell the record type from its fields (none); use --type");
  }

  @Test
  void nonObjectsAreProblems() throws IOException {
    RecordMapper mapper = new RecordMapper(ReadOptions.defaults());
    assertThatThrownBy(() -> mapper.map(json.readTree("\"text\"")))
        .hasMessage("expected a JSON object, got \"text\"");
  }
}
