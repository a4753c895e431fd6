package io.devpulse.index;

import static io.devpulse.index.TestData.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Comment;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lookups for many items at once: the reviewers of many pull requests (from doc values: the reviews
 * {@link HistoryIndex#reviews} returns, submitted before the end and not pending) and the comments
 * on many items (what {@link HistoryIndex#commentsOn(Repository, int)} returns for each).
 */
class ManyItemsLookupsTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Repository OTHER = Repository.parse("acme/widgets");
  private static final Instant END = t("2025-12-10T00:00:00Z");
  private static final Actor ALICE = Actor.user("Alice");
  private static final Actor BOB = Actor.user("bob");
  private static final Actor BOT = new Actor("ci-helper[bot]", ActorType.BOT);

  @TempDir Path dir;

  private static Review review(
      Repository repo, long id, int pull, Actor author, ReviewState state, String submitted) {
    return new Review(repo, id, pull, author, state, submitted == null ? null : t(submitted), "");
  }

  @BeforeEach
  void fill() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (Review r :
          List.of(
              review(VLLM, 1, 10, ALICE, ReviewState.APPROVED, "2025-12-09T00:00:00Z"),
              review(VLLM, 2, 10, BOT, ReviewState.COMMENTED, "2025-12-09T01:00:00Z"),
              review(VLLM, 3, 11, BOB, ReviewState.PENDING, null),
              // submitted exactly at the end: not before it
              review(VLLM, 4, 11, ALICE, ReviewState.APPROVED, "2025-12-10T00:00:00Z"),
              review(VLLM, 5, 12, BOB, ReviewState.CHANGES_REQUESTED, "2025-12-01T00:00:00Z"),
              review(VLLM, 6, 13, BOB, ReviewState.APPROVED, "2025-12-01T00:00:00Z"),
              review(OTHER, 7, 10, BOB, ReviewState.APPROVED, "2025-12-01T00:00:00Z"))) {
        update.put(r, "{}");
        // a segment per review: the answer merges them
        update.commit(Map.of());
      }
      for (Comment c :
          List.of(
              TestData.comment(VLLM, 21, 10, BOB, "2025-12-03T00:00:00Z"),
              TestData.comment(VLLM, 22, 10, ALICE, "2025-12-02T00:00:00Z"),
              TestData.comment(VLLM, 23, 11, BOT, "2025-12-02T00:00:00Z"),
              TestData.comment(VLLM, 24, 30, BOB, "2025-12-02T00:00:00Z"),
              TestData.comment(OTHER, 25, 10, BOB, "2025-12-01T00:00:00Z"))) {
        update.put(c, "{}");
        update.commit(Map.of());
      }
    }
  }

  @Test
  void commentsOnManyItemsAreEachItemsCommentsOldestFirst() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      List<Integer> items = List.of(10, 11, 12);
      Map<Integer, List<Comment>> comments = index.commentsOn(VLLM, items);

      assertThat(comments.keySet()).containsExactlyInAnyOrder(10, 11);
      assertThat(comments.get(10)).extracting(Comment::id).containsExactly(22L, 21L);
      for (int n : items) {
        assertThat(comments.getOrDefault(n, List.of()))
            .as("item %d", n)
            .isEqualTo(index.commentsOn(VLLM, n));
      }
      assertThat(index.commentsOn(OTHER, items).get(10))
          .extracting(Comment::id)
          .containsExactly(25L);
      assertThat(index.commentsOn(VLLM, List.of())).isEmpty();
    }
  }

  @Test
  void authorsOfSubmittedReviewsBeforeTheEndOfTheAskedPullRequests() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      Map<Integer, List<Actor>> reviewers = index.reviewersBefore(VLLM, List.of(10, 11, 12), END);

      assertThat(reviewers.keySet()).containsExactlyInAnyOrder(10, 12);
      assertThat(reviewers.get(10)).containsExactlyInAnyOrder(ALICE, BOT);
      assertThat(reviewers.get(12)).containsExactly(BOB);
      assertThat(index.reviewersBefore(OTHER, List.of(10, 11), END))
          .isEqualTo(Map.of(10, List.of(BOB)));
      assertThat(index.reviewersBefore(VLLM, List.of(), END)).isEmpty();
    }
  }

  @Test
  void agreesWithTheReviewsOfEachPullRequest() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      List<Integer> pulls = List.of(10, 11, 12, 13, 14);
      Map<Integer, List<Actor>> reviewers = index.reviewersBefore(VLLM, pulls, END);
      for (int pull : pulls) {
        List<Actor> expected =
            index.reviews(VLLM, pull).stream()
                .filter(r -> r.submittedAt() != null && r.submittedAt().isBefore(END))
                .filter(r -> r.state() != ReviewState.PENDING)
                .map(Review::author)
                .toList();
        assertThat(reviewers.getOrDefault(pull, List.of()))
            .as("pull %d", pull)
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }
}
