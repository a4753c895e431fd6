package io.devpulse.index;

import static io.devpulse.index.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.devpulse.model.Actor;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HistoryIndex#duplicateLinks()}: which held comments and descriptions mark their item a
 * duplicate of which, per repository, and how an edit that drops a mark drops the link.
 */
class DuplicateLinksTest {
  @TempDir Path dir;

  static Comment saying(Repository repo, long id, int number, String body, String updated) {
    return new Comment(
        repo, id, number, Actor.user("m" + id), t("2025-12-02T00:00:00Z"), t(updated), body);
  }

  static Item issue(Repository repo, int number, String body) {
    return Item.builder(repo, number, ItemKind.ISSUE)
        .title("issue " + number)
        .body(body)
        .createdAt(t("2025-12-01T00:00:00Z"))
        .build();
  }

  @Test
  void targetsGetTheDistinctOtherItemsMarkedDuplicatesOfThemInTheirRepository() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (Comment c :
          List.of(
              saying(VLLM, 1, 20, "Duplicate of #10", "2025-12-02T00:00:00Z"),
              saying(VLLM, 2, 20, "Closing as a duplicate of #10", "2025-12-02T00:00:00Z"),
              saying(VLLM, 3, 30, "duplicate of #10", "2025-12-02T00:00:00Z"),
              saying(VLLM, 4, 40, "Not a duplicate of #10", "2025-12-02T00:00:00Z"),
              saying(VLLM, 5, 10, "Duplicate of #10", "2025-12-02T00:00:00Z"),
              saying(WIDGETS, 6, 50, "Duplicate of #10", "2025-12-02T00:00:00Z"))) {
        update.put(c, json(c));
      }
      Item described = issue(VLLM, 60, "Duplicate of #10\n\nSame crash.");
      update.put(described, json(described));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.duplicateLinks())
          .containsOnly(
              entry("vllm-project/vllm#10", List.of(20, 30, 60)),
              entry("acme/widgets#10", List.of(50)));
    }

    try (IndexUpdate update = IndexUpdate.open(dir)) {
      Comment edited = saying(VLLM, 3, 30, "Not the same after all", "2025-12-05T00:00:00Z");
      update.put(edited, json(edited));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.duplicateLinks().get("vllm-project/vllm#10")).containsExactly(20, 60);
    }
  }
}
