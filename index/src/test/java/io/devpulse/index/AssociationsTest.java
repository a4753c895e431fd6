package io.devpulse.index;

import static io.devpulse.index.TestData.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.internal.CommentDocuments;
import io.devpulse.index.internal.IndexAnalyzers;
import io.devpulse.index.internal.IndexFields;
import io.devpulse.index.internal.ItemDocuments;
import io.devpulse.model.Actor;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authors' associations decided from doc values ({@link HistoryIndex#commentersBefore}, {@link
 * ItemKey#authorAssociation}), and the same answers from an index an earlier devpulse wrote, which
 * stored them only ({@link HistoryIndex#holdsAssociations} says which).
 */
class AssociationsTest {
  private static final Repository REPO = Repository.parse("vllm-project/vllm");
  private static final Instant END = t("2025-12-10T12:00:00Z");
  private static final Set<String> MAINTAINERS = Set.of("owner", "Member", "COLLABORATOR");

  @TempDir Path tmp;

  private static Item issue(int number, String author, String association) {
    return Item.builder(REPO, number, ItemKind.ISSUE)
        .author(Actor.user(author))
        .authorAssociation(association)
        .state(ItemState.OPEN)
        .createdAt(t("2025-12-01T00:00:00Z"))
        .updatedAt(t("2025-12-01T00:00:00Z"))
        .build();
  }

  private static Comment comment(long id, int number, String author, String at, String assoc) {
    return new Comment(REPO, id, number, Actor.user(author), t(at), t(at), "", assoc);
  }

  private static final List<Item> ITEMS =
      List.of(issue(1, "ann", "NONE"), issue(2, "max", "MEMBER"));
  private static final List<Comment> COMMENTS =
      List.of(
          comment(11, 1, "mel", "2025-12-02T00:00:00Z", "MEMBER"),
          comment(12, 1, "Ann", "2025-12-03T00:00:00Z", "NONE"),
          // after the end: not counted
          comment(13, 1, "rob", "2025-12-10T12:00:00Z", "COLLABORATOR"),
          comment(14, 1, "cat", "2025-12-04T00:00:00Z", "CONTRIBUTOR"),
          comment(21, 2, "max", "2025-12-02T00:00:00Z", "member"));

  @Test
  void maintainersCommentsBeforeTheEndAndItemsAssociationsFromDocValues() {
    Path dir = tmp.resolve("new");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      ITEMS.forEach(i -> update.put(i, "{}"));
      COMMENTS.forEach(c -> update.put(c, "{}"));
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.holdsAssociations()).isTrue();
      assertAnswers(index);
    }
  }

  @Test
  void anIndexWrittenBeforeAssociationsWereKeptGivesTheSameAnswersAndSaysSo() throws Exception {
    Path dir = tmp.resolve("old");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.commit(Map.of()); // a devpulse index, empty
    }
    // As an earlier devpulse wrote its documents: the association stored only.
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.forIndexing()))) {
      for (Item i : ITEMS) {
        writer.addDocument(old(ItemDocuments.toDocument(i, "{}", null, null)));
      }
      for (Comment c : COMMENTS) {
        writer.addDocument(old(CommentDocuments.toDocument(c, "{}")));
      }
      writer.commit();
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.holdsAssociations()).isFalse();
      assertAnswers(index);
    }

    // A sync since writes new documents with it; the old ones still lack it.
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(comment(15, 1, "ola", "2025-12-05T00:00:00Z", "OWNER"), "{}");
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.holdsAssociations()).isFalse();
      assertThat(index.commentersBefore(REPO, List.of(1), END, MAINTAINERS).get(1))
          .extracting(Actor::login)
          .containsExactlyInAnyOrder("mel", "ola");
    }
  }

  @Test
  void anEmptyIndexHoldsThem() {
    Path dir = tmp.resolve("empty");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.commit(Map.of());
    }
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.holdsAssociations()).isTrue();
    }
  }

  private static Document old(Document doc) {
    doc.removeFields(IndexFields.ASSOCIATION_KEY);
    return doc;
  }

  private static void assertAnswers(HistoryIndex index) {
    assertThat(index.keys(ItemQuery.all(), REPO))
        .extracting(ItemKey::number, ItemKey::authorAssociation)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "NONE"),
            org.assertj.core.groups.Tuple.tuple(2, "MEMBER"));
    Map<Integer, List<Actor>> commenters =
        index.commentersBefore(REPO, List.of(1, 2), END, MAINTAINERS);
    assertThat(commenters).containsOnlyKeys(1, 2);
    assertThat(commenters.get(1)).containsExactly(Actor.user("mel"));
    assertThat(commenters.get(2)).containsExactly(Actor.user("max"));
    assertThat(index.commentersBefore(REPO, List.of(2), END, Set.of("CONTRIBUTOR"))).isEmpty();
    assertThat(index.commentersBefore(REPO, List.of(1), t("2025-12-02T00:00:00Z"), MAINTAINERS))
        .isEmpty();
  }
}
