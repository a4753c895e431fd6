package io.devpulse.index.internal;

import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts matching documents per value of a field, reading doc values only (no stored fields, no
 * JSON). Keyword fields are counted per segment by ordinal and turned into strings once per
 * segment; times are bucketed into days of a time zone, then into weeks or months.
 */
public final class CountByCollector implements Collector {
  /** The key of documents lacking the date. */
  public static final String NONE = "none";

  private final String field;
  private final ZoneId zoneOrNull;
  private final Map<String, Long> terms = new HashMap<>();
  private final Map<LocalDate, Long> days = new HashMap<>();
  private long missing;

  private CountByCollector(String field, ZoneId zoneOrNull) {
    this.field = field;
    this.zoneOrNull = zoneOrNull;
  }

  /**
   * Counts by {@code by}; {@code dateField} and {@code zone} matter only for DAY, WEEK and MONTH.
   */
  public static Map<String, Long> count(
      IndexSearcher searcher, Query query, CountBy by, DateField dateField, ZoneId zone)
      throws IOException {
    if (by.isDate()) {
      CountByCollector counts =
          searcher.search(query, manager(IndexFields.timeField(dateField), zone));
      return byDate(counts, by);
    }
    String field =
        switch (by) {
          case LABEL -> IndexFields.LABEL;
          case AUTHOR -> IndexFields.AUTHOR;
          case KIND -> IndexFields.KIND;
          case STATE -> IndexFields.STATE;
          case TOPIC -> IndexFields.TOPIC;
          // single-valued (sorted doc values): getSortedSet reads it as a one-value set
          case PRIMARY -> IndexFields.PRIMARY;
          default -> throw new AssertionError(by);
        };
    return countTerms(searcher, query, field);
  }

  /**
   * Counts per value of a keyword field, most first (ties by value); documents without one are left
   * out.
   */
  public static Map<String, Long> countTerms(IndexSearcher searcher, Query query, String field)
      throws IOException {
    CountByCollector counts = searcher.search(query, manager(field, null));
    Map<String, Long> ordered = new LinkedHashMap<>();
    counts.terms.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  private static Map<String, Long> byDate(CountByCollector counts, CountBy by) {
    Map<String, Long> sorted = new TreeMap<>();
    counts.days.forEach((day, n) -> sorted.merge(dateKey(day, by), n, Long::sum));
    Map<String, Long> ordered = new LinkedHashMap<>(sorted);
    if (counts.missing > 0) {
      ordered.put(NONE, counts.missing);
    }
    return ordered;
  }

  /** {@code 2025-12-10}, {@code 2025-W50} (ISO week-based year and week) or {@code 2025-12}. */
  static String dateKey(LocalDate day, CountBy by) {
    return switch (by) {
      case DAY -> day.toString();
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              day.get(IsoFields.WEEK_BASED_YEAR),
              day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> YearMonth.from(day).toString();
      default ->
          throw new IllegalArgumentException("count by (" + by + ") must be DAY, WEEK or MONTH");
    };
  }

  private static CollectorManager<CountByCollector, CountByCollector> manager(
      String field, ZoneId zone) {
    return new CollectorManager<>() {
      @Override
      public CountByCollector newCollector() {
        return new CountByCollector(field, zone);
      }

      @Override
      public CountByCollector reduce(Collection<CountByCollector> collectors) {
        CountByCollector total = new CountByCollector(field, zone);
        for (CountByCollector c : collectors) {
          c.terms.forEach((k, n) -> total.terms.merge(k, n, Long::sum));
          c.days.forEach((k, n) -> total.days.merge(k, n, Long::sum));
          total.missing += c.missing;
        }
        return total;
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    return zoneOrNull == null
        ? new TermLeaf(DocValues.getSortedSet(context.reader(), field))
        : new DateLeaf(DocValues.getNumeric(context.reader(), field), new DayCache(zoneOrNull));
  }

  /** Counts ordinals in an array, and resolves them to strings when the segment is done. */
  private final class TermLeaf implements LeafCollector {
    private final SortedSetDocValues values;
    private final long[] perOrd;

    TermLeaf(SortedSetDocValues values) {
      this.values = values;
      this.perOrd = new long[Math.toIntExact(values.getValueCount())];
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          perOrd[(int) values.nextOrd()]++;
        }
      }
    }

    @Override
    public void finish() throws IOException {
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) {
          terms.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
        }
      }
    }
  }

  private final class DateLeaf implements LeafCollector {
    private final NumericDocValues values;
    private final DayCache dayCache;

    DateLeaf(NumericDocValues values, DayCache dayCache) {
      this.values = values;
      this.dayCache = dayCache;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        days.merge(dayCache.dayOf(values.longValue()), 1L, Long::sum);
      } else {
        missing++;
      }
    }
  }

  /**
   * The day of an epoch-millisecond time in a zone. Documents arrive roughly in time order, so
   * remembering the last day's bounds avoids most time-zone arithmetic.
   */
  static final class DayCache {
    private final ZoneId zone;
    private long start = 1;
    private long end = 0;
    private LocalDate day;

    DayCache(ZoneId zone) {
      this.zone = zone;
    }

    LocalDate dayOf(long millis) {
      if (millis < start || millis >= end) {
        day = Instant.ofEpochMilli(millis).atZone(zone).toLocalDate();
        start = day.atStartOfDay(zone).toInstant().toEpochMilli();
        end = day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
      }
      return day;
    }
  }
}
