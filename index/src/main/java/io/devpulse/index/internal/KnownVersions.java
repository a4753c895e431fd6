package io.devpulse.index.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Tells a writing session how new the indexed copy of an entity is, for the "an older copy never
 * replaces a newer one" rule. It must see committed documents and the documents put earlier in the
 * same, still uncommitted session, in bounded memory however large the import.
 *
 * <p>Two sources answer: a near-real-time reader opened from the writer, which sees everything put
 * before it was opened (committed or not, with replaced copies already deleted), and a map of the
 * keys put since. When the map reaches {@code maxPending} keys the reader is reopened from the
 * writer and the map cleared, so memory is bounded by {@code maxPending} entries and the cost of
 * reopening (a flush of the buffered documents to a new segment) is paid once per {@code
 * maxPending} puts rather than once per put.
 */
public final class KnownVersions implements Closeable {
  /**
   * About 10 MB of keys: reopening flushes a segment, which showed in import profiles at 20,000; a
   * heap of 256 MB still leaves ample room.
   */
  public static final int DEFAULT_MAX_PENDING = 100_000;

  private final IndexWriter writer;
  private final int maxPending;
  private final Map<String, Long> pending = new HashMap<>();
  private DirectoryReader reader;

  public KnownVersions(IndexWriter writer, int maxPending) throws IOException {
    if (maxPending <= 0) {
      throw new IllegalArgumentException("maxPending (" + maxPending + ") must be positive");
    }
    this.writer = writer;
    this.maxPending = maxPending;
    this.reader = DirectoryReader.open(writer);
  }

  /**
   * The indexed copy's {@code updated_at} in epoch milliseconds, or empty when the key is not
   * indexed.
   */
  public OptionalLong updatedAt(String key) throws IOException {
    Long recent = pending.get(key);
    if (recent != null) {
      return OptionalLong.of(recent);
    }
    BytesRef term = new BytesRef(key);
    for (LeafReaderContext leaf : reader.leaves()) {
      OptionalLong found = updatedAt(leaf.reader(), term);
      if (found.isPresent()) {
        return found;
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong updatedAt(LeafReader leaf, BytesRef key) throws IOException {
    Terms terms = leaf.terms(IndexFields.KEY);
    if (terms == null) {
      return OptionalLong.empty();
    }
    TermsEnum termsEnum = terms.iterator();
    if (!termsEnum.seekExact(key)) {
      return OptionalLong.empty();
    }
    Bits live = leaf.getLiveDocs();
    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
    for (int doc = postings.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = postings.nextDoc()) {
      if (live == null || live.get(doc)) {
        NumericDocValues times = leaf.getNumericDocValues(IndexFields.UPDATED_AT);
        // Every document has an update time; treat one without as oldest so any copy replaces it.
        boolean hasTime = times != null && times.advanceExact(doc);
        return OptionalLong.of(hasTime ? times.longValue() : Long.MIN_VALUE);
      }
    }
    return OptionalLong.empty();
  }

  /** Notes that {@code key} was just written with this update time. */
  public void record(String key, long updatedAtMillis) throws IOException {
    pending.put(key, updatedAtMillis);
    if (pending.size() >= maxPending) {
      refresh();
    }
  }

  private void refresh() throws IOException {
    DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
    if (newer != null) {
      reader.close();
      reader = newer;
    }
    pending.clear();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
