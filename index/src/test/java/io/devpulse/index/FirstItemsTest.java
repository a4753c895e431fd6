package io.devpulse.index;

import static io.devpulse.index.TestData.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each author's first item per repository, all at once: the same item as a search for the author's
 * oldest item, whatever the segments.
 */
class FirstItemsTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Repository OTHER = Repository.parse("acme/widgets");
  private static final String DAY1 = "2025-11-01T00:00:00Z";

  @TempDir Path dir;

  private static Item item(
      Repository repo, int number, String author, String created, String association) {
    return Item.builder(repo, number, ItemKind.PULL_REQUEST)
        .author(Actor.user(author))
        .createdAt(t(created))
        .updatedAt(t(created))
        .authorAssociation(association)
        .build();
  }

  /** Each put in a commit of its own: one segment per item, so the pass must merge across them. */
  private void putEach(Item... items) {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (Item item : items) {
        update.put(item, "{}", null);
        update.commit(Map.of());
      }
    }
  }

  @BeforeEach
  void fill() {
    putEach(
        item(VLLM, 7, "amd-dev", "2025-11-03T00:00:00Z", "CONTRIBUTOR"),
        // the earliest, spelled otherwise: found under any spelling, reported as it is spelled here
        item(VLLM, 5, "Amd-Dev", "2025-11-02T00:00:00Z", "FIRST_TIME_CONTRIBUTOR"),
        item(OTHER, 1, "amd-dev", "2025-10-01T00:00:00Z", "MEMBER"),
        // same second: the lower number first, though indexed later
        item(VLLM, 12, "tie", DAY1, "CONTRIBUTOR"),
        item(VLLM, 11, "tie", DAY1, "FIRST_TIMER"),
        item(VLLM, 13, "tie", DAY1, "MEMBER"),
        item(VLLM, 20, "quiet", "2025-11-05T00:00:00Z", null));
  }

  @Test
  void firstItemOfEachAuthorInItsRepositoryWhateverTheSpelling() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      FirstItems vllm = index.firstItemsByAuthor(VLLM);

      assertThat(vllm.authors()).isEqualTo(3);
      assertThat(vllm.of("AMD-DEV"))
          .contains(
              new FirstItem("Amd-Dev", 5, t("2025-11-02T00:00:00Z"), "FIRST_TIME_CONTRIBUTOR"));
      assertThat(index.firstItemsByAuthor(OTHER).of("amd-dev"))
          .contains(new FirstItem("amd-dev", 1, t("2025-10-01T00:00:00Z"), "MEMBER"));
      assertThat(index.firstItemsByAuthor(OTHER).authors()).isEqualTo(1);
    }
  }

  @Test
  void tiesInCreationTimeGoToTheLowerNumber() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.firstItemsByAuthor(VLLM).of("tie").map(FirstItem::number)).contains(11);
    }
  }

  @Test
  void anItemWithoutAssociationReadsAsNone() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.firstItemsByAuthor(VLLM).of("quiet").map(FirstItem::authorAssociation))
          .contains("NONE");
    }
  }

  @Test
  void anAuthorWithoutItemsInTheRepositoryHasNone() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.firstItemsByAuthor(VLLM).of("newcomer")).isEmpty();
      assertThat(index.firstItemsByAuthor(OTHER).of("tie")).isEmpty();
      assertThat(index.firstItemsByAuthor(Repository.parse("no/such")).authors()).isZero();
    }
  }

  @Test
  void aReplacedItemCountsInItsNewestCopyOnly() {
    // #11 re-put, now created later (a moved item): #12 becomes the first, the old copy is gone.
    Item moved =
        Item.builder(VLLM, 11, ItemKind.PULL_REQUEST)
            .author(Actor.user("tie"))
            .createdAt(t("2025-12-01T00:00:00Z"))
            .updatedAt(t("2025-12-02T00:00:00Z"))
            .authorAssociation("FIRST_TIMER")
            .build();
    putEach(moved);

    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.firstItemsByAuthor(VLLM).of("tie").map(FirstItem::number)).contains(12);
    }
  }

  @Test
  void agreesWithASearchForEachAuthorsOldestItem() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      for (Repository repo : List.of(VLLM, OTHER)) {
        FirstItems firsts = index.firstItemsByAuthor(repo);
        for (String login : List.of("amd-dev", "AMD-dev", "tie", "quiet", "newcomer")) {
          Optional<Item> searched =
              index
                  .search("author:\"" + login + "\"", new SearchOptions(repo, "created", false, 1))
                  .items()
                  .stream()
                  .map(IndexedItem::item)
                  .findFirst();
          assertThat(firsts.of(login).map(f -> f.number() + " " + f.authorAssociation()))
              .as("%s in %s", login, repo)
              .isEqualTo(searched.map(i -> i.number() + " " + i.authorAssociation()));
          Optional<Instant> created = searched.map(Item::createdAt);
          assertThat(firsts.of(login).map(FirstItem::createdAtOrNull)).isEqualTo(created);
        }
      }
    }
  }
}
