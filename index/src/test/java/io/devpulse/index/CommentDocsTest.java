package io.devpulse.index;

import static io.devpulse.index.TestData.VLLM;
import static io.devpulse.index.TestData.WIDGETS;
import static io.devpulse.index.TestData.comment;
import static io.devpulse.index.TestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Comment;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact comment documents find what a query by item finds, over several segments. */
class CommentDocsTest {
  @TempDir Path dir;

  @Test
  void givesEachItemsCommentDocumentsAsAQueryByItemDoes() {
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      // Items 1..40 of vLLM and the same numbers of another repository, interleaved.
      comments.add(
          comment(
              i % 3 == 0 ? WIDGETS : VLLM,
              i + 1,
              1 + i % 40,
              Actor.user("u" + i),
              "2025-12-02T00:00:00Z"));
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (int i = 0; i < comments.size(); i++) {
        update.put(comments.get(i), json(comments.get(i)));
        if (i % 100 == 99) {
          update.commit(Map.of()); // one segment each
        }
      }
      update.put(comments.get(7), json(comments.get(7))); // replaced: its old document deleted
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      CommentDocs docs = index.commentDocIndex();
      HistoryIndex.ItemLoader loader = index.loader();

      int held = 0;
      for (Repository repo : List.of(VLLM, WIDGETS)) {
        for (int number = 1; number <= 40; number++) {
          // The oracle: the comments a query by repository and number finds.
          List<Long> expected = index.commentsOn(repo, number).stream().map(Comment::id).toList();
          int[] mine = docs.docs(repo.key(), number);
          assertThat(mine).as(repo + "#" + number).isSorted();
          assertThat(loader.comments(mine))
              .as(repo + "#" + number)
              .extracting(Comment::id)
              .containsExactlyInAnyOrderElementsOf(expected);
          held += mine.length;
        }
      }
      assertThat(held).as("each comment once, the replaced one too").isEqualTo(comments.size());
      assertThat(docs.docs("vllm-project/vllm", 41)).isEmpty();
      assertThat(docs.docs("nobody/nothing", 1)).isEmpty();
    }
  }
}
