package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.IndexedItem;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ItemDocumentsTest {
  private static IndexedItem roundTrip(Item item, Classification classification)
      throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.forIndexing()))) {
      writer.addDocument(ItemDocuments.toDocument(item, "{}", classification, null));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Document doc = reader.storedFields().document(0, ItemDocuments.STORED_FIELDS);
        assertThat(doc.get(IndexFields.JSON)).as("JSON is not loaded").isNull();
        var rules =
            org.apache.lucene.index.DocValues.getBinary(
                reader.leaves().get(0).reader(), IndexFields.RULES);
        return ItemDocuments.toIndexedItem(
            doc, rules.advanceExact(0) ? rules.binaryValue().utf8ToString() : null);
      }
    }
  }

  @Test
  void rebuildsEveryComponentOfAnItem() throws IOException {
    Item item =
        Item.builder(new Repository("ROCm", "vLLM"), 7, ItemKind.PULL_REQUEST)
            .title("[ROCm] MI300X fp8 支持")
            .body("body\nwith lines")
            .author(new Actor("Some-Bot", ActorType.BOT))
            .labels(List.of("rocm", "Bug", "ready"))
            .state(ItemState.CLOSED)
            .draft(true)
            .createdAt(Instant.parse("2025-12-01T10:00:00.123456789Z"))
            .updatedAt(Instant.parse("2025-12-02T10:00:00Z"))
            .closedAt(Instant.parse("2025-12-02T09:00:00Z"))
            .mergedAt(Instant.parse("2025-12-02T09:00:00Z"))
            .commentCount(12)
            .authorAssociation("MEMBER")
            .htmlUrl("https://github.com/ROCm/vLLM/pull/7")
            .changedFiles(List.of("b.py", "a.py"))
            .build();
    Classification classification =
        new Classification(
            List.of("amd-rocm", "Quantization"),
            Priority.HIGH,
            List.of(
                Evidence.topic("amd-rocm", "r1", "title: 'MI300X'"),
                Evidence.topic("amd-rocm", "r2", "label rocm")),
            "Fp-1");

    IndexedItem indexed = roundTrip(item, classification);

    assertThat(indexed.item()).isEqualTo(item);
    assertThat(indexed.item().repository().fullName()).isEqualTo("ROCm/vLLM");
    assertThat(indexed.classification()).isEqualTo(classification);
  }

  @Test
  void rebuildsAMinimalItemWithoutClassification() throws IOException {
    Item item =
        Item.builder(new Repository("a", "b"), 1, ItemKind.ISSUE)
            .createdAt(Instant.parse("2025-01-01T00:00:00Z"))
            .build();

    IndexedItem indexed = roundTrip(item, null);

    assertThat(indexed.item()).isEqualTo(item);
    assertThat(indexed.classification()).isNull();
  }

  @Test
  void roundTripsAClassificationWithoutTopicsOrEvidence() throws IOException {
    Classification none = new Classification(List.of(), Priority.NORMAL, List.of(), "fp");
    Item item =
        Item.builder(new Repository("a", "b"), 1, ItemKind.ISSUE)
            .createdAt(Instant.parse("2025-01-01T00:00:00Z"))
            .build();

    assertThat(roundTrip(item, none).classification()).isEqualTo(none);
  }
}
