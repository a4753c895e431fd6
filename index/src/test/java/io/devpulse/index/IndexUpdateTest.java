package io.devpulse.index;

import static io.devpulse.index.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.devpulse.index.internal.ItemsClassifiedBy;
import io.devpulse.model.Actor;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpdateTest {
  @TempDir Path dir;

  private void putAll(IndexUpdate update) {
    items().forEach(i -> update.put(i, json(i)));
    comments().forEach(c -> update.put(c, json(c)));
    reviews().forEach(r -> update.put(r, json(r)));
  }

  private IndexStats stats() {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      return index.stats();
    }
  }

  private Item indexed(Item item) {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      return index.item(item.repository(), item.number()).orElseThrow().item();
    }
  }

  private static Item retitled(Item item, String title, String updatedAt) {
    return item.toBuilder().title(title).updatedAt(t(updatedAt)).build();
  }

  @Test
  void createsTheDirectoryAndAddsEntities() {
    Path nested = dir.resolve("a/b/index");
    List<PutResult> results = new ArrayList<>();
    try (IndexUpdate update = IndexUpdate.open(nested)) {
      items().forEach(i -> results.add(update.put(i, json(i))));
      update.commit(Map.of());
    }
    assertThat(results).containsOnly(PutResult.ADDED).hasSize(5);
    try (HistoryIndex index = HistoryIndex.open(nested)) {
      assertThat(index.stats().items()).isEqualTo(5);
    }
  }

  @Test
  void keepsReactionsAndCommentersAssociationsAndCountsCommentsPerItem() {
    Item liked = prefixLm().toBuilder().reactions(new io.devpulse.model.Reactions(9, 4)).build();
    Comment member =
        new Comment(
            VLLM, 77, 30001, Actor.user("dev"), t("2025-12-04T00:00:00Z"), null, "ok", "MEMBER");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update);
      update.put(liked, json(liked));
      update.put(member, json(member));
      update.commit(Map.of());
    }
    assertThat(indexed(liked).reactions()).isEqualTo(new io.devpulse.model.Reactions(9, 4));
    assertThat(indexed(botFix()).reactions()).as("not fetched").isNull();
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.commentsOn(VLLM, 30001))
          .extracting(Comment::authorAssociation)
          .containsExactly("NONE", "NONE", "MEMBER");
      CommentDocs held = index.commentDocIndex();
      assertThat(held.docs(VLLM.key(), 30001)).hasSize(3);
      assertThat(held.docs(VLLM.key(), 30003)).hasSize(1);
      assertThat(held.docs(WIDGETS.key(), 12)).hasSize(1);
      assertThat(held.docs(VLLM.key(), 30002)).isEmpty();
      assertThat(index.countCommentsOn(VLLM, 30001)).isEqualTo(3);
      assertThat(index.countCommentsOn(VLLM, 30002)).isZero();
    }
  }

  @Test
  void puttingTheSameEntitiesTwiceChangesNothing() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update);
      update.commit(Map.of());
    }
    IndexStats first = stats();
    List<PutResult> second = new ArrayList<>();
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      items().forEach(i -> second.add(update.put(i, json(i))));
      comments().forEach(c -> second.add(update.put(c, json(c))));
      reviews().forEach(r -> second.add(update.put(r, json(r))));
      putAll(update);
      update.commit(Map.of());
    }
    assertThat(second).containsOnly(PutResult.REPLACED);
    assertThat(stats()).isEqualTo(first);
    assertThat(first.documents()).isEqualTo(11);
  }

  @Test
  void anOlderCopyNeverReplacesANewerOneInTheSameSession() {
    Item newer = retitled(prefixLm(), "newer", "2025-12-20T00:00:00Z");
    Item older = retitled(prefixLm(), "older", "2025-12-19T23:59:59Z");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.put(newer, json(newer))).isEqualTo(PutResult.ADDED);
      assertThat(update.put(older, json(older))).isEqualTo(PutResult.KEPT_NEWER);
      update.commit(Map.of());
    }
    assertThat(indexed(prefixLm()).title()).isEqualTo("newer");
  }

  @Test
  void anOlderCopyNeverReplacesANewerOneAcrossCommits() {
    Item newer = retitled(prefixLm(), "newer", "2025-12-20T00:00:00Z");
    Item older = retitled(prefixLm(), "older", "2025-12-19T00:00:00Z");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(newer, json(newer));
      update.commit(Map.of());
      assertThat(update.put(older, json(older))).isEqualTo(PutResult.KEPT_NEWER);
      update.commit(Map.of());
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.put(older, json(older))).isEqualTo(PutResult.KEPT_NEWER);
      update.commit(Map.of());
    }
    assertThat(indexed(prefixLm()).title()).isEqualTo("newer");
  }

  @Test
  void aCopyAsNewReplacesAndANewerOneToo() {
    Item first = retitled(prefixLm(), "first", "2025-12-20T00:00:00Z");
    Item sameTime = retitled(prefixLm(), "same time", "2025-12-20T00:00:00Z");
    Item later = retitled(prefixLm(), "later", "2025-12-21T00:00:00Z");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(first, json(first));
      update.commit(Map.of());
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.put(sameTime, json(sameTime))).isEqualTo(PutResult.REPLACED);
      update.commit(Map.of());
    }
    assertThat(indexed(prefixLm()).title()).isEqualTo("same time");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.put(later, json(later))).isEqualTo(PutResult.REPLACED);
      update.commit(Map.of());
    }
    assertThat(indexed(prefixLm())).isEqualTo(later);
    assertThat(stats().items()).isEqualTo(1);
  }

  @Test
  void anOlderCommentOrReviewNeverReplacesANewerOne() {
    Comment comment = comments().get(0);
    Comment edited =
        new Comment(
            comment.repository(),
            comment.id(),
            comment.itemNumber(),
            comment.author(),
            comment.createdAt(),
            t("2025-12-05T00:00:00Z"),
            "edited");
    Review pending = reviews().get(0);
    Review submitted =
        new Review(
            pending.repository(),
            pending.id(),
            pending.pullNumber(),
            pending.author(),
            ReviewState.COMMENTED,
            t("2025-12-09T12:00:00Z"),
            "submitted");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.put(edited, json(edited))).isEqualTo(PutResult.ADDED);
      assertThat(update.put(comment, json(comment))).isEqualTo(PutResult.KEPT_NEWER);
      assertThat(update.put(pending, json(pending))).isEqualTo(PutResult.ADDED);
      assertThat(update.put(submitted, json(submitted))).isEqualTo(PutResult.REPLACED);
      assertThat(update.put(pending, json(pending))).isEqualTo(PutResult.KEPT_NEWER);
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.commentsOn(VLLM, 30001)).containsExactly(edited);
      assertThat(index.reviews(VLLM, 30001)).containsExactly(submitted);
    }
  }

  @Test
  void closingWithoutCommitLeavesTheIndexExactlyAsBefore() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update);
      update.commit(Map.of("lastImport", "2026-01-01T00:00:00Z"));
    }
    IndexStats before = stats();
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      Item changed = retitled(prefixLm(), "changed", "2026-02-01T00:00:00Z");
      update.put(changed, json(changed));
      Item added =
          Item.builder(VLLM, 40000, io.devpulse.model.ItemKind.ISSUE)
              .createdAt(t("2026-02-01T00:00:00Z"))
              .build();
      update.put(added, json(added));
      update.put(comment(VLLM, 99, 40000, ISOTR0PY, "2026-02-01T00:00:00Z"), "{}");
      // no commit: an import that failed half way
    }
    assertThat(stats()).isEqualTo(before);
    assertThat(indexed(prefixLm())).isEqualTo(prefixLm());
  }

  @Test
  void closingWithoutAnyCommitLeavesNoIndex() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update);
    }
    assertThatThrownBy(() -> HistoryIndex.open(dir))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("no index at " + dir + "; run devpulse import first");
  }

  @Test
  void batchCommitsStayWhenALaterBatchIsRolledBack() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()));
      update.commit(Map.of("batch", "1"));
      update.put(botFix(), json(botFix()));
    }
    IndexStats stats = stats();
    assertThat(stats.items()).isEqualTo(1);
    // and what the session proved about the items' rules (unclassified: unknown)
    assertThat(stats.commitData())
        .containsOnly(entry("batch", "1"), entry(ItemsClassifiedBy.KEY, "?"));
  }

  @Test
  void commitDataMergesOverThePreviousCommits() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()));
      update.commit(Map.of("lastImport", "2026-01-01T00:00:00Z", "source", "export.json"));
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(botFix(), json(botFix()));
      update.commit(Map.of("lastSync", "2026-01-02T00:00:00Z", "source", "api"));
    }
    assertThat(stats().commitData())
        .containsOnly(
            entry("lastImport", "2026-01-01T00:00:00Z"),
            entry("lastSync", "2026-01-02T00:00:00Z"),
            entry("source", "api"),
            entry(ItemsClassifiedBy.KEY, "?"));
  }

  @Test
  void aSecondWriterIsTurnedAway() {
    try (IndexUpdate first = IndexUpdate.open(dir)) {
      assertThatThrownBy(() -> IndexUpdate.open(dir))
          .isInstanceOf(IndexInUseException.class)
          .isInstanceOf(UserErrorException.class)
          .hasMessage("index " + dir + " is in use by another devpulse process");
      first.put(prefixLm(), json(prefixLm()));
      first.commit(Map.of());
    }
    try (IndexUpdate again = IndexUpdate.open(dir)) {
      assertThat(again.put(prefixLm(), json(prefixLm()))).isEqualTo(PutResult.REPLACED);
    }
  }

  @Test
  void readersDoNotBlockWritersNorSeeUncommittedPuts() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()));
      update.commit(Map.of());
      try (HistoryIndex index = HistoryIndex.open(dir)) {
        update.put(botFix(), json(botFix()));
        assertThat(index.stats().items()).isEqualTo(1);
      }
    }
  }

  @Test
  void reclassifiesAnItemFromItsStoredJson() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir);
        IndexUpdate update = IndexUpdate.open(dir)) {
      index.forEachItemWithJson(
          (item, json) ->
              assertThat(update.put(item.item(), json, DOCS_LOW)).isEqualTo(PutResult.REPLACED));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.item(VLLM, 30001).orElseThrow().classification()).isEqualTo(DOCS_LOW);
      assertThat(index.json(VLLM, 30001)).contains(json(prefixLm()));
      assertThat(index.search("topic:docs", SearchOptions.byRelevance(5)).totalHits()).isEqualTo(1);
    }
  }

  @Test
  void refusesWorkAfterClose() {
    IndexUpdate update = IndexUpdate.open(dir);
    update.close();
    update.close();
    assertThatThrownBy(() -> update.put(prefixLm(), "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("index update is closed");
  }

  /** Every file and directory under {@code root} with its content (directories: empty). */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(p -> !p.equals(root)).toList()) {
        tree.put(root.relativize(p).toString(), Files.isDirectory(p) ? "" : Files.readString(p));
      }
    }
    return tree;
  }

  @Test
  void refusesAFolderOfOtherFilesAndChangesNothingInIt() throws IOException {
    // a Jekyll site: Lucene deleted _config.yml and _data.json, the files named like its own
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("_posts"));
    Files.writeString(site.resolve("_config.yml"), "title: blog\n");
    Files.writeString(site.resolve("_data.json"), "{}");
    Files.writeString(site.resolve("index.md"), "# Hello\n");
    Files.writeString(site.resolve("_posts/2025-12-10-hello.md"), "hi\n");
    Map<String, String> before = tree(site);

    assertThatThrownBy(() -> IndexUpdate.open(site))
        .isInstanceOf(NotAnIndexException.class)
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            site
                + " is not a devpulse index: it holds other files (_config.yml, _data.json, _posts and"
                + " 1 more); the index needs a directory of its own, new or empty, since devpulse may delete files"
                + " in it");
    assertThat(tree(site)).isEqualTo(before);
  }

  @Test
  void refusesAFolderWithAFileNamedLikeACommitPoint() throws IOException {
    // was a NumberFormatException from Lucene: an internal error
    Path folder = dir.resolve("folder");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("segments_backup.txt"), "notes");

    assertThatThrownBy(() -> IndexUpdate.open(folder))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageStartingWith(
            folder + " is not a devpulse index: it holds other files (segments_backup.txt)");
    assertThat(tree(folder)).isEqualTo(Map.of("segments_backup.txt", "notes"));
  }

  @Test
  void refusesItsOwnIndexOnceAFileNamedLikeACommitPointIsInIt() throws IOException {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update);
      update.commit(Map.of());
    }
    Files.writeString(dir.resolve("segments_backup.txt"), "notes");

    assertThatThrownBy(() -> IndexUpdate.open(dir))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessage(
            "index "
                + dir
                + " holds segments_backup.txt, which devpulse did not write and Lucene would"
                + " take for a commit point; move it out of the index directory");
    Files.delete(dir.resolve("segments_backup.txt"));
    assertThat(stats().items()).isEqualTo(5);
  }

  @Test
  void opensAnIndexMadeBeforeTheMarkerAndMarksIt() throws IOException {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update);
      update.commit(Map.of("lastImport", "2025-12-10T12:00:00Z"));
    }
    Files.delete(dir.resolve(IndexDirectory.MARKER));

    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.put(prefixLm(), json(prefixLm()))).isEqualTo(PutResult.REPLACED);
      update.commit(Map.of());
    }
    assertThat(dir.resolve(IndexDirectory.MARKER)).isRegularFile();
    assertThat(stats().items()).isEqualTo(5);
  }

  @Test
  void reopensAnIndexWhoseFirstImportNeverCommitted() throws IOException {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update); // flushed to segment files, never committed
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      putAll(update);
      update.commit(Map.of());
    }
    assertThat(stats().items()).isEqualTo(5);
  }

  @Test
  void aReaderOfTheSessionSeesWhatWasPutBeforeTheCommit() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()), AMD_HIGH);
      try (HistoryIndex view = update.reader()) {
        assertThat(summaries(view))
            .singleElement()
            .satisfies(
                s -> {
                  assertThat(s.key()).isEqualTo(prefixLm().key());
                  assertThat(s.repository()).isEqualTo("vllm-project/vllm");
                  assertThat(s.created()).isEqualTo(prefixLm().createdAt().toEpochMilli());
                  assertThat(s.author()).isEqualTo(prefixLm().author().login());
                  assertThat(s.labels())
                      .isEqualTo(prefixLm().labels().stream().sorted().distinct().toList());
                  assertThat(s.topics()).containsExactly("amd-rocm");
                  assertThat(s.fingerprint()).isEqualTo(AMD_HIGH.fingerprint());
                });
      }
    }
    assertThat(HistoryIndex.exists(dir)).isFalse();
  }

  @Test
  void markingEveryItemClassifiedByOtherRulesKeepsTheirClassificationAndReindexesNothing() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()), AMD_HIGH);
      update.put(botFix(), json(botFix()), null);
      update.commit(Map.of());
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.markAllItemsClassifiedBy("rules-v2");
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.countItemsNotClassifiedBy("rules-v2")).isZero();
      assertThat(index.countItemsNotClassifiedBy(AMD_HIGH.fingerprint())).isEqualTo(2);
      var item = index.item(prefixLm().repository(), prefixLm().number()).orElseThrow();
      assertThat(item.classification().topics()).containsExactly("amd-rocm");
      assertThat(item.classification().fingerprint()).isEqualTo("rules-v2");
      assertThat(
              index.item(botFix().repository(), botFix().number()).orElseThrow().classification())
          .isNull();
    }
  }

  /**
   * Every report, query and site asks how many items other rules classified: the commit says so
   * (ItemsClassifiedBy) instead of a read of every item's doc value, and only when that is exact;
   * the writer's view (near real time, past its commit data) and an unknown state still scan.
   */
  @Test
  void theCommitSaysWhichRulesClassifiedEveryItemOnlyWhileThatIsExact() {
    String amd = AMD_HIGH.fingerprint();
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()), AMD_HIGH);
      update.put(botFix(), json(botFix()), AMD_HIGH);
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.commitData()).containsEntry(ItemsClassifiedBy.KEY, amd);
      assertThat(index.countItemsNotClassifiedBy(amd)).isZero();
      assertThat(index.countItemsNotClassifiedBy("rules-v2")).isEqualTo(2);
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(draft(), json(draft()), null); // unclassified: no fingerprint at all
      try (HistoryIndex view = update.reader()) {
        assertThat(view.countItemsNotClassifiedBy(amd)).isEqualTo(1); // scanned: past the commit
      }
      update.commit(Map.of(ItemsClassifiedBy.KEY, amd)); // a caller cannot claim it
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.commitData().get(ItemsClassifiedBy.KEY)).isNotEqualTo(amd);
      assertThat(index.countItemsNotClassifiedBy(amd)).isEqualTo(1);
      assertThat(index.countItemsNotClassifiedBy("rules-v2")).isEqualTo(3);
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.markAllItemsClassifiedBy("rules-v2");
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.commitData()).containsEntry(ItemsClassifiedBy.KEY, "rules-v2");
      assertThat(index.countItemsNotClassifiedBy("rules-v2")).isZero();
      assertThat(index.countItemsNotClassifiedBy(amd)).isEqualTo(3);
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(chineseIssue(), json(chineseIssue()), AMD_HIGH); // another rule set's item
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.countItemsNotClassifiedBy("rules-v2")).isEqualTo(1);
      assertThat(index.countItemsNotClassifiedBy(amd)).isEqualTo(3);
    }
  }

  @Test
  void anEmptyIndexHasNoItemOfOtherRules() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      comments().forEach(c -> update.put(c, json(c)));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.countItemsNotClassifiedBy("rules-v2")).isZero();
    }
  }

  @Test
  void storesTermHitsWithAnItemAndReplacesThemInPlace() {
    List<Item> items = items();
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(items.get(0), json(items.get(0)), null, new byte[] {1, 2, 3});
      update.put(items.get(1), json(items.get(1)));
      update.put(items.get(2), json(items.get(2)));
      update.commit(Map.of());
      update.updateTermHits(items.get(1).key(), new byte[] {4});
      update.updateTermHits(items.get(0).key(), new byte[] {5, 6});
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      Map<String, byte[]> hits = new java.util.HashMap<>();
      HistoryIndex.ItemLoader loader = index.loader();
      List<ItemSummary> summaries = summaries(index);
      // backwards too: the loader must reopen its forward-only doc values
      for (ItemSummary s : summaries.reversed()) {
        hits.put(s.key(), loader.termHits(s));
      }
      assertThat(hits.get(items.get(0).key())).containsExactly(5, 6);
      assertThat(hits.get(items.get(1).key())).containsExactly(4);
      assertThat(hits).containsKey(items.get(2).key());
      assertThat(hits.get(items.get(2).key())).isNull();
      assertThat(index.stats().items()).isEqualTo(3);
    }
  }

  @Test
  void itemColumnsHoldEachItemsSweepDataRowByRow() {
    List<Item> items = new java.util.ArrayList<>(items());
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      items.forEach(i -> update.put(i, json(i)));
      update.put(prefixLm(), json(prefixLm()), AMD_HIGH); // a newer put of the same copy: replaces
      update.commit(Map.of());
    }
    items.add(prefixLm());
    Map<String, Item> byKey = new java.util.HashMap<>();
    items.forEach(i -> byKey.put(i.key(), i));
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      ItemColumns columns = index.itemColumns();
      assertThat(columns.size()).isEqualTo(byKey.size());
      for (int i = 0; i < columns.size(); i++) {
        Item item = byKey.get(columns.key(i));
        assertThat(item).as("row %d: %s", i, columns.key(i)).isNotNull();
        ItemSummary s = columns.summary(i);
        assertThat(s.repository()).isEqualTo(item.repository().key());
        assertThat(s.number()).isEqualTo(item.number());
        assertThat(s.created()).isEqualTo(item.createdAt().toEpochMilli());
        assertThat(s.author()).isEqualTo(item.author().login());
        assertThat(s.labels()).isEqualTo(item.labels().stream().sorted().distinct().toList());
        assertThat(columns.set(columns.labelSet(i))).isEqualTo(s.labels());
        boolean classified = item.key().equals(prefixLm().key());
        assertThat(s.topics()).isEqualTo(classified ? List.of("amd-rocm") : List.of());
        assertThat(columns.ownTopics(i)).isEqualTo(s.ownTopics());
        assertThat(s.fingerprint()).isEqualTo(classified ? AMD_HIGH.fingerprint() : null);
      }
      assertThat(ItemColumns.of(List.of(columns.summary(0))).summary(0))
          .isEqualTo(columns.summary(0));
    }
  }

  @Test
  void replacesTermHitsInPlaceInAnIndexWrittenBeforeItemsHadAny() {
    List<Item> items = items();
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      items.forEach(i -> update.put(i, json(i)));
      update.commit(Map.of());
    }
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      assertThat(update.updateTermHits(items.get(0).key(), new byte[] {7}))
          .isFalse(); // no such field yet
      update.put(items.get(1), json(items.get(1)), null, new byte[] {8});
      assertThat(update.updateTermHits(items.get(0).key(), new byte[] {7})).isTrue();
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      HistoryIndex.ItemLoader loader = index.loader();
      Map<String, byte[]> hits = new java.util.HashMap<>();
      summaries(index).forEach(s -> hits.put(s.key(), loader.termHits(s)));
      assertThat(hits.get(items.get(0).key())).containsExactly(7);
      assertThat(hits.get(items.get(1).key())).containsExactly(8);
      assertThat(hits.get(items.get(2).key())).isNull();
    }
  }

  private static List<ItemSummary> summaries(HistoryIndex index) {
    ItemColumns columns = index.itemColumns();
    return java.util.stream.IntStream.range(0, columns.size()).mapToObj(columns::summary).toList();
  }
}
