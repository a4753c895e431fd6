package io.devpulse.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Finds each author's first matching item in one pass over doc values: per segment, the earliest
 * document per author ordinal (as {@link CountByCollector} counts per ordinal), resolved to the
 * folded login once per segment and merged across segments. "First" is the order of {@code
 * ItemSorts.sort("created", false)}, the order a search for the author's oldest item would give:
 * creation time (items without one last), then number, then document (Lucene's own tie-break), so
 * the answer does not depend on how the index is cut into segments.
 */
public final class FirstItemCollector implements Collector {
  /**
   * An author's first item: its document in the searcher's reader and the values it was ordered by.
   */
  public record First(int doc, long createdMillis, int number) {
    boolean before(First other) {
      if (createdMillis != other.createdMillis) {
        return createdMillis < other.createdMillis;
      }
      if (number != other.number) {
        return number < other.number;
      }
      return doc < other.doc;
    }
  }

  /** Folded login → first item. */
  private final Map<String, First> firsts = new HashMap<>();

  private FirstItemCollector() {}

  /**
   * Each author's first item among those {@code query} matches, keyed by the folded login ({@link
   * IndexFields#fold}: the key an {@code author:} search matches); items without an author are left
   * out.
   */
  public static Map<String, First> firstByAuthor(IndexSearcher searcher, Query query)
      throws IOException {
    return searcher.search(
            query,
            new CollectorManager<FirstItemCollector, FirstItemCollector>() {
              @Override
              public FirstItemCollector newCollector() {
                return new FirstItemCollector();
              }

              @Override
              public FirstItemCollector reduce(Collection<FirstItemCollector> collectors) {
                FirstItemCollector all = new FirstItemCollector();
                for (FirstItemCollector c : collectors) {
                  c.firsts.forEach(all::offer);
                }
                return all;
              }
            })
        .firsts;
  }

  private void offer(String foldedLogin, First first) {
    firsts.merge(foldedLogin, first, (a, b) -> b.before(a) ? b : a);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    return new Leaf(
        context.docBase,
        DocValues.getSorted(context.reader(), IndexFields.AUTHOR),
        DocValues.getNumeric(context.reader(), IndexFields.CREATED_AT),
        DocValues.getNumeric(context.reader(), IndexFields.NUMBER));
  }

  /** The earliest document per author ordinal of one segment, in arrays. */
  private final class Leaf implements LeafCollector {
    private final int docBase;
    private final SortedDocValues authors;
    private final NumericDocValues created;
    private final NumericDocValues numbers;
    private final int[] doc;
    private final long[] createdMillis;
    private final int[] number;

    Leaf(int docBase, SortedDocValues authors, NumericDocValues created, NumericDocValues numbers) {
      this.docBase = docBase;
      this.authors = authors;
      this.created = created;
      this.numbers = numbers;
      int ords = authors.getValueCount();
      this.doc = new int[ords];
      Arrays.fill(doc, -1);
      this.createdMillis = new long[ords];
      this.number = new int[ords];
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int d) throws IOException {
      if (!authors.advanceExact(d)) {
        return;
      }
      int ord = authors.ordValue();
      // As the created sort: a missing time sorts last, a missing number as 0 (Lucene's default).
      long c = created.advanceExact(d) ? created.longValue() : Long.MAX_VALUE;
      int n = numbers.advanceExact(d) ? (int) numbers.longValue() : 0;
      // Documents come in increasing order, so on a full tie the one kept is the lower document.
      if (doc[ord] < 0 || c < createdMillis[ord] || (c == createdMillis[ord] && n < number[ord])) {
        doc[ord] = d;
        createdMillis[ord] = c;
        number[ord] = n;
      }
    }

    @Override
    public void finish() throws IOException {
      for (int ord = 0; ord < doc.length; ord++) {
        if (doc[ord] >= 0) {
          offer(
              IndexFields.fold(authors.lookupOrd(ord).utf8ToString()),
              new First(docBase + doc[ord], createdMillis[ord], number[ord]));
        }
      }
    }
  }
}
