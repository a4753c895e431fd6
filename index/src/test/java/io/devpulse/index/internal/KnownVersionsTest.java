package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class KnownVersionsTest {
  private static void put(IndexWriter writer, KnownVersions versions, String key, long updated)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KEY, key, Field.Store.NO));
    doc.add(new NumericDocValuesField(IndexFields.UPDATED_AT, updated));
    writer.updateDocument(new Term(IndexFields.KEY, key), doc);
    versions.record(key, updated);
  }

  @Test
  void seesCommittedAndUncommittedPutsAcrossReopens() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      Document committed = new Document();
      committed.add(new StringField(IndexFields.KEY, "old", Field.Store.NO));
      committed.add(new NumericDocValuesField(IndexFields.UPDATED_AT, 5));
      writer.addDocument(committed);
      writer.commit();

      try (KnownVersions versions = new KnownVersions(writer, 2)) {
        assertThat(versions.updatedAt("old")).hasValue(5);
        assertThat(versions.updatedAt("a")).isEmpty();
        put(writer, versions, "a", 10);
        assertThat(versions.updatedAt("a")).hasValue(10);
        // the second key fills the map: the reader is reopened, the map emptied
        put(writer, versions, "b", 20);
        put(writer, versions, "a", 30);
        put(writer, versions, "old", 40);
        for (int i = 0; i < 7; i++) {
          put(writer, versions, "k" + i, i);
        }
        assertThat(versions.updatedAt("a")).hasValue(30);
        assertThat(versions.updatedAt("b")).hasValue(20);
        assertThat(versions.updatedAt("old")).hasValue(40);
        assertThat(versions.updatedAt("k6")).hasValue(6);
        assertThat(versions.updatedAt("missing")).isEmpty();
      }
    }
  }
}
