package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.Comment;
import io.devpulse.model.Repository;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentJsonTest {

  private static JsonFields fields(String json) throws IOException {
    return JsonFields.of(new ObjectMapper().readTree(json));
  }

  @Test
  void readsAnIssueComment() throws IOException {
    assertThat(CommentJson.read(fields(Inputs.COMMENT)))
        .isEqualTo(
            new Comment(
                Repository.parse("octo/hello"),
                501,
                2,
                Actor.user("carol"),
                Instant.parse("2025-12-10T11:30:00Z"),
                Instant.parse("2025-12-10T11:31:00Z"),
                "LGTM"));
  }

  @Test
  void readsTheCommentersAuthorAssociation() throws IOException {
    assertThat(CommentJson.read(fields(Inputs.COMMENT)).authorAssociation()).isEqualTo("NONE");
    String member =
        Inputs.COMMENT.replace(
            "\"body\":\"LGTM\"", "\"body\":\"LGTM\",\"author_association\":\"MEMBER\"");
    assertThat(CommentJson.read(fields(member)).authorAssociation()).isEqualTo("MEMBER");
  }

  @Test
  void readsAReviewCommentAsACommentOnThePullRequest() throws IOException {
    // when
    Comment comment = CommentJson.read(fields(Inputs.REVIEW_COMMENT));
    // then
    assertThat(comment.itemNumber()).isEqualTo(4);
    assertThat(comment.id()).isEqualTo(601);
    assertThat(comment.updatedAt()).isEqualTo(comment.createdAt());
  }

  @Test
  void needsAnIssueUrl() throws IOException {
    String json = Inputs.COMMENT.replaceFirst("\"issue_url\":\"[^\"]*\",", "");
    assertThatThrownBy(() -> CommentJson.read(fields(json)))
        .hasMessage("field 'issue_url': missing");
  }

  @Test
  void needsAPositiveId() throws IOException {
    String json = Inputs.COMMENT.replace("\"id\":501", "\"id\":\"501\"");
    assertThatThrownBy(() -> CommentJson.read(fields(json)))
        .hasMessage("field 'id': expected a positive integer, got \"501\"");
  }
}
