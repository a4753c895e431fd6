package io.devpulse.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class OrdinalNamesTest {
  @Test
  void looksUpEveryOrdinalAddedWhateverTheOrderAndRepeats() throws Exception {
    // Enough distinct values for many blocks of the terms dictionary (64 terms each).
    List<String> logins = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      logins.add("user-" + Integer.toString(i * 7919 % 1_000, 36));
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
        for (String login : logins) {
          Document doc = new Document();
          doc.add(new SortedDocValuesField("author", new BytesRef(login)));
          writer.addDocument(doc);
        }
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        SortedDocValues values = leaf.getSortedDocValues("author");
        OrdinalNames names = new OrdinalNames();
        List<Integer> docs = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
          docs.add(random.nextInt(logins.size())); // repeats and any order
        }
        int[] ordOfDoc = new int[logins.size()];
        for (int doc = 0; doc < logins.size(); doc++) {
          values.advanceExact(doc);
          ordOfDoc[doc] = values.ordValue();
        }
        docs.forEach(doc -> names.add(ordOfDoc[doc]));

        OrdinalNames.Names found = names.lookUp(values);

        for (int doc : docs) {
          assertThat(found.of(ordOfDoc[doc])).isEqualTo(logins.get(doc));
        }
        assertThat(found.size()).isEqualTo(docs.stream().distinct().count());
      }
    }
  }
}
