package io.devpulse.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Comment;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Releases as documents of their own, and the author association of comments and reviews. */
class ReleaseStorageTest {
  private static final Repository REPO = Repository.parse("Octo/Hello");
  private static final Instant T = Instant.parse("2025-12-11T06:00:00Z");

  @TempDir Path dir;

  private static Release release(long id, String tag, String body, Instant published) {
    return new Release(
        REPO,
        id,
        tag,
        tag,
        body,
        Actor.user("maint"),
        published == null,
        false,
        published == null ? T.plusSeconds(id) : published,
        published,
        "https://github.com/Octo/Hello/releases/tag/" + tag);
  }

  @Test
  void releasesRoundTripAndAnEditedCopyReplacesTheStoredOne() {
    Release v1 = release(1, "v1.0.0", "notes", T.minusSeconds(86_400));
    Release draft = release(3, "v1.1.0", "draft", null);
    Release v11 = release(2, "v1.0.1", "notes", T);
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(v11, "{}");
      update.put(draft, "{}");
      update.put(v1, "{}");
      update.commit(Map.of());
    }
    Release edited = release(2, "v1.0.1", "notes, edited", T);
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.put(edited, "{}")).isEqualTo(PutResult.REPLACED);
      update.commit(Map.of());
    }

    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.releases(Repository.parse("octo/hello"))).containsExactly(v1, edited, draft);
      assertThat(index.releases(Repository.parse("octo/other"))).isEmpty();
      assertThat(index.stats().releases()).isEqualTo(3);
      assertThat(index.stats().items()).isZero();
    }
  }

  @Test
  void commentsAndReviewsKeepTheirAuthorsAssociation() {
    Comment comment = new Comment(REPO, 7, 4, Actor.user("bob"), T, T, "answer", "MEMBER");
    Review review =
        new Review(REPO, 8, 5, Actor.user("erin"), ReviewState.APPROVED, T, "", "COLLABORATOR");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(comment, "{}");
      update.put(review, "{}");
      update.commit(Map.of());
    }

    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.commentsOn(REPO, 4)).containsExactly(comment);
      assertThat(index.reviews(REPO, 5)).containsExactly(review);
    }
  }
}
