package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssociationTest {
  private static final Repository REPO = Repository.parse("octo/hello");
  private static final Instant T = Instant.parse("2025-12-11T10:00:00Z");
  private static final Item ISSUE =
      Item.builder(REPO, 7, ItemKind.ISSUE).author(Actor.user("Reporter")).createdAt(T).build();

  @ParameterizedTest
  @CsvSource({
    "OWNER, true",
    "MEMBER, true",
    "COLLABORATOR, true",
    "member, true",
    "CONTRIBUTOR, false",
    "FIRST_TIME_CONTRIBUTOR, false",
    "NONE, false"
  })
  void maintainersAreOwnersMembersAndCollaborators(String association, boolean maintainer) {
    assertThat(Association.isMaintainer(association)).isEqualTo(maintainer);
  }

  @Test
  void noAssociationIsNoMaintainer() {
    assertThat(Association.isMaintainer(null)).isFalse();
    assertThat(new Comment(REPO, 1, 7, Actor.user("x"), T, null, "hi").authorAssociation())
        .isEqualTo(Association.NONE);
  }

  @Test
  void aMaintainersCommentAnswersAnItemOfSomeoneElse() {
    assertThat(comment("bob", "MEMBER").isMaintainerAnswerTo(ISSUE)).isTrue();
    assertThat(comment("carol", "CONTRIBUTOR").isMaintainerAnswerTo(ISSUE)).isFalse();
    // A member commenting on their own issue does not answer it.
    assertThat(comment("reporter", "MEMBER").isMaintainerAnswerTo(ISSUE)).isFalse();
  }

  @Test
  void aPendingReviewAnswersNothingYet() {
    Review submitted =
        new Review(REPO, 1, 7, Actor.user("erin"), ReviewState.APPROVED, T, "", "OWNER");
    Review pending =
        new Review(REPO, 2, 7, Actor.user("erin"), ReviewState.PENDING, null, "", "OWNER");

    assertThat(submitted.isMaintainerAnswerTo(ISSUE)).isTrue();
    assertThat(pending.isMaintainerAnswerTo(ISSUE)).isFalse();
  }

  private static Comment comment(String login, String association) {
    return new Comment(REPO, 1, 7, Actor.user(login), T, T, "body", association);
  }
}
