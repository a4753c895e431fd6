package io.devpulse.index.internal;

import io.devpulse.index.BadQueryException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.Query;

/**
 * Turns the dates of a query ({@code created:2025-12-10}, {@code created:[2025-12-01 TO
 * 2025-12-31]}) into ranges of epoch milliseconds. A value is a UTC day ({@code 2025-12-10}) or an
 * instant ({@code 2025-12-10T08:00:00Z}, offsets allowed); a day stands for all of it, so an
 * inclusive upper bound covers the whole day and an exclusive lower bound starts the day after.
 * {@code *} (or no value) is open.
 */
public final class DateBounds {
  private static final long DAY_MILLIS = 86_400_000L;

  private DateBounds() {}

  /** The time {@code text} stands for, as the half-open span {@code [start, end)}. */
  record Span(long start, long end) {}

  /** Items whose time in {@code indexField} falls within the day or instant {@code text}. */
  public static Query on(String queryField, String indexField, String text) {
    Span span = parse(queryField, text);
    return rangeQuery(indexField, span.start(), span.end() - 1);
  }

  /**
   * Items whose time in {@code indexField} lies between the bounds; null or {@code *} bounds are
   * open.
   */
  public static Query range(
      String queryField,
      String indexField,
      String from,
      String to,
      boolean fromInclusive,
      boolean toInclusive) {
    long lower = Long.MIN_VALUE;
    if (!isOpen(from)) {
      Span span = parse(queryField, from);
      lower = fromInclusive ? span.start() : span.end();
    }
    long upper = Long.MAX_VALUE;
    if (!isOpen(to)) {
      Span span = parse(queryField, to);
      upper = toInclusive ? span.end() - 1 : span.start() - 1;
    }
    return rangeQuery(indexField, lower, upper);
  }

  /**
   * Points for selective ranges, doc values when another clause leads: Lucene picks per segment.
   */
  public static Query rangeQuery(String indexField, long lower, long upper) {
    return new IndexOrDocValuesQuery(
        LongPoint.newRangeQuery(indexField, lower, upper),
        NumericDocValuesField.newSlowRangeQuery(indexField, lower, upper));
  }

  static boolean isOpen(String bound) {
    return bound == null || bound.equals("*");
  }

  /**
   * {@code [start, start + length)}, whose bounds and bounds minus one (exclusive bounds) all fit a
   * long: an instant near year ±292,278,994 would otherwise wrap around and, as an exclusive lower
   * bound, match everything.
   */
  private static Span span(long start, long length) {
    Math.subtractExact(start, 1);
    return new Span(start, Math.addExact(start, length));
  }

  static Span parse(String queryField, String text) {
    String value = text.strip();
    try {
      if (value.indexOf('T') < 0) {
        return span(
            LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
            DAY_MILLIS);
      }
      return span(Instant.parse(value).toEpochMilli(), 1);
    } catch (DateTimeException | ArithmeticException e) {
      throw new BadQueryException(
          "bad date in "
              + queryField
              + ": "
              + text
              + "; expected a day like 2025-12-10, an instant like 2025-12-10T08:00:00Z, or *",
          e);
    }
  }
}
