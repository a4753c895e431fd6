package io.devpulse.index.internal;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts, for each of a list of half-open spans of epoch milliseconds, the collected documents with
 * a value of any of some numeric doc-value fields in it: one pass over the documents of all the
 * spans instead of one query per span (a report's activity level asks for 28 earlier windows, and
 * 28 point-range queries cost a cold report more than reading the doc values of the few items they
 * hold). {@link #manager} sums the collectors of a search's slices.
 */
public final class WindowCountCollector extends SimpleCollector {
  private final String[] fields;
  private final long[] from;
  private final long[] to;
  private final long[] counts;
  private final NumericDocValues[] values;

  private WindowCountCollector(String[] fields, long[] from, long[] to) {
    this.fields = fields.clone();
    this.from = from.clone();
    this.to = to.clone();
    this.counts = new long[from.length];
    this.values = new NumericDocValues[fields.length];
  }

  /**
   * Collectors of the counts for the spans {@code [from[i], to[i])} (as many ends as starts),
   * reduced to the number of documents per span, in the order given.
   *
   * @param fields the doc-value fields whose times place a document in a span
   */
  public static CollectorManager<WindowCountCollector, long[]> manager(
      String[] fields, long[] from, long[] to) {
    if (from.length != to.length) {
      throw new IllegalArgumentException("as many span ends as starts");
    }
    return new CollectorManager<>() {
      @Override
      public WindowCountCollector newCollector() {
        return new WindowCountCollector(fields, from, to);
      }

      @Override
      public long[] reduce(Collection<WindowCountCollector> collectors) {
        long[] total = new long[from.length];
        for (WindowCountCollector c : collectors) {
          for (int i = 0; i < total.length; i++) {
            total[i] += c.counts[i];
          }
        }
        return total;
      }
    };
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    for (int f = 0; f < fields.length; f++) {
      values[f] = DocValues.getNumeric(context.reader(), fields[f]);
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    long[] times = new long[fields.length];
    int n = 0;
    for (NumericDocValues v : values) {
      if (v.advanceExact(doc)) {
        times[n++] = v.longValue();
      }
    }
    for (int w = 0; w < counts.length; w++) {
      for (int i = 0; i < n; i++) {
        if (times[i] >= from[w] && times[i] < to[w]) {
          counts[w]++;
          break;
        }
      }
    }
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
