package io.devpulse.index;

import static io.devpulse.index.TestData.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Items' keys without loading them: the same items, in the same order, as a created search. */
class ItemKeysTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Repository OTHER = Repository.parse("acme/widgets");

  @TempDir Path dir;

  private static Item pr(
      Repository repo, int number, String author, String created, boolean draft) {
    return Item.builder(repo, number, ItemKind.PULL_REQUEST)
        .author(Actor.user(author))
        .state(number % 2 == 0 ? ItemState.OPEN : ItemState.CLOSED)
        .draft(draft)
        .authorAssociation(author.equals("alice") ? "MEMBER" : null)
        .createdAt(t(created))
        .updatedAt(t(created))
        .build();
  }

  @BeforeEach
  void fill() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (Item item :
          List.of(
              pr(VLLM, 8, "Carol", "2025-11-03T00:00:00Z", false),
              pr(VLLM, 4, "alice", "2025-11-02T00:00:00Z", true),
              pr(VLLM, 6, "bob", "2025-11-01T00:00:00Z", false),
              // same second as #6, lower number: first
              pr(VLLM, 2, "bob", "2025-11-01T00:00:00Z", true),
              pr(VLLM, 3, "dave", "2025-10-01T00:00:00Z", false),
              pr(OTHER, 10, "erin", "2025-09-01T00:00:00Z", false))) {
        update.put(item, "{}", null);
        update.commit(Map.of()); // a segment each
      }
    }
  }

  @Test
  void keysOfTheMatchingItemsOldestFirstWithAuthorDraftAndAssociation() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      List<ItemKey> keys = index.keys(ItemQuery.state(ItemState.OPEN), VLLM);

      assertThat(keys)
          .containsExactly(
              new ItemKey(2, t("2025-11-01T00:00:00Z"), "bob", true, "NONE"),
              new ItemKey(6, t("2025-11-01T00:00:00Z"), "bob", false, "NONE"),
              new ItemKey(4, t("2025-11-02T00:00:00Z"), "alice", true, "MEMBER"),
              new ItemKey(8, t("2025-11-03T00:00:00Z"), "Carol", false, "NONE"));
      assertThat(index.keys(ItemQuery.all(), OTHER))
          .extracting(ItemKey::number)
          .containsExactly(10);
    }
  }

  @Test
  void agreeWithTheLoadedItemsOfACreatedSearch() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      List<Item> searched =
          index
              .search(ItemQuery.all(), new SearchOptions(VLLM, "created", false, 100))
              .items()
              .stream()
              .map(IndexedItem::item)
              .toList();
      assertThat(index.keys(ItemQuery.all(), VLLM))
          .isEqualTo(
              searched.stream()
                  .map(
                      i ->
                          new ItemKey(
                              i.number(),
                              i.createdAt(),
                              i.author().login(),
                              i.draft(),
                              i.authorAssociation()))
                  .toList());
    }
  }
}
