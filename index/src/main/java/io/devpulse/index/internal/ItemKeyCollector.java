package io.devpulse.index.internal;

import io.devpulse.index.ItemKey;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The {@link ItemKey}s of the matching items from doc values (number, creation time, author,
 * association) and the draft flag's postings: no stored field is read, but the association of an
 * item an earlier devpulse wrote ({@link AssociationValues}). Ordered as {@code
 * ItemSorts.sort("created", false)} orders a search: creation time (items without one last), then
 * number.
 */
public final class ItemKeyCollector implements Collector {
  private static final Comparator<Keyed> ORDER =
      Comparator.comparingLong(Keyed::createdMillis).thenComparingInt(k -> k.key().number());

  private record Keyed(long createdMillis, ItemKey key) {}

  private final List<Keyed> keys = new ArrayList<>();

  private ItemKeyCollector() {}

  /** The keys of the items {@code query} matches, oldest first. */
  public static List<ItemKey> keys(IndexSearcher searcher, Query query) throws IOException {
    List<Keyed> all =
        searcher.search(
                query,
                new CollectorManager<ItemKeyCollector, ItemKeyCollector>() {
                  @Override
                  public ItemKeyCollector newCollector() {
                    return new ItemKeyCollector();
                  }

                  @Override
                  public ItemKeyCollector reduce(Collection<ItemKeyCollector> collectors) {
                    if (collectors.size() == 1) {
                      return collectors.iterator().next(); // a sequential search: nothing to merge
                    }
                    ItemKeyCollector merged = new ItemKeyCollector();
                    collectors.forEach(c -> merged.keys.addAll(c.keys));
                    return merged;
                  }
                })
            .keys;
    all.sort(ORDER);
    return all.stream().map(Keyed::key).toList();
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    NumericDocValues numbers = DocValues.getNumeric(context.reader(), IndexFields.NUMBER);
    NumericDocValues created = DocValues.getNumeric(context.reader(), IndexFields.CREATED_AT);
    SortedDocValues authors = DocValues.getSorted(context.reader(), IndexFields.AUTHOR);
    PostingsEnum drafts =
        context.reader().postings(new Term(IndexFields.DRAFT, "true"), PostingsEnum.NONE);
    AssociationValues associations = new AssociationValues(context.reader());
    // The authors' logins are looked up once the segment is collected (OrdinalNames).
    record Row(long createdMillis, int number, int authorOrd, boolean draft, String association) {}
    List<Row> rows = new ArrayList<>();
    OrdinalNames logins = new OrdinalNames();
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        // As the created sort: a missing time sorts last, a missing number as 0.
        long c = created.advanceExact(doc) ? created.longValue() : Long.MAX_VALUE;
        int n = numbers.advanceExact(doc) ? (int) numbers.longValue() : 0;
        int ord = -1;
        if (authors.advanceExact(doc)) {
          ord = authors.ordValue();
          logins.add(ord);
        }
        // Documents come in increasing order: the postings only move forward.
        boolean draft =
            drafts != null
                && (drafts.docID() == doc || (drafts.docID() < doc && drafts.advance(doc) == doc));
        rows.add(new Row(c, n, ord, draft, associations.of(doc)));
      }

      @Override
      public void finish() throws IOException {
        OrdinalNames.Names names = logins.lookUp(authors);
        for (Row r : rows) {
          keys.add(
              new Keyed(
                  r.createdMillis(),
                  new ItemKey(
                      r.number(),
                      r.createdMillis() == Long.MAX_VALUE
                          ? null
                          : Instant.ofEpochMilli(r.createdMillis()),
                      r.authorOrd() < 0 ? "" : names.of(r.authorOrd()),
                      r.draft(),
                      r.association())));
        }
      }
    };
  }
}
