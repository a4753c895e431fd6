package io.devpulse.report.site;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO weeks a history page shows, oldest first, in a time zone: every week from the first to
 * the last, empty ones included. Keys are those of {@code devpulse query --count-by week} ({@code
 * 2025-W50}), so a chart's bar and the query's line are the same number.
 *
 * @param mondays the first day of each week, consecutive
 */
public record WeekAxis(ZoneId zone, List<LocalDate> mondays) {
  private static final Pattern KEY = Pattern.compile("(\\d{4})-W(\\d{2})");

  public WeekAxis {
    Objects.requireNonNull(zone, "zone");
    mondays = List.copyOf(mondays);
    if (mondays.isEmpty()) {
      throw new IllegalArgumentException("a week axis needs at least one week");
    }
  }

  /**
   * The weeks from the one holding {@code from} to the one holding {@code to}, widened to every
   * week key of {@code counts} (a pull request created in the last week held may be merged later).
   */
  public static WeekAxis covering(
      Instant from, Instant to, ZoneId zone, Collection<Map<String, Long>> counts) {
    LocalDate first = monday(from.atZone(zone).toLocalDate());
    LocalDate last = monday(to.atZone(zone).toLocalDate());
    for (Map<String, Long> c : counts) {
      for (String key : c.keySet()) {
        LocalDate m = parse(key);
        if (m != null) {
          first = m.isBefore(first) ? m : first;
          last = m.isAfter(last) ? m : last;
        }
      }
    }
    List<LocalDate> weeks = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusWeeks(1)) {
      weeks.add(d);
    }
    return new WeekAxis(zone, weeks);
  }

  /** {@code 2025-W50}: the ISO week-based year and week of {@code day}. */
  public static String key(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The Monday of week {@code key}, or null when it is not a week key (such as {@code none}). */
  public static LocalDate parse(String key) {
    Matcher m = KEY.matcher(key);
    if (!m.matches()) {
      return null;
    }
    LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
    return monday(jan4).plusWeeks(Integer.parseInt(m.group(2)) - 1L);
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public int size() {
    return mondays.size();
  }

  public List<String> keys() {
    return mondays.stream().map(WeekAxis::key).toList();
  }

  /** The start of week {@code i} (Monday 00:00 in the zone). */
  public Instant start(int i) {
    return mondays.get(i).atStartOfDay(zone).toInstant();
  }

  /** The end of week {@code i} (the next Monday 00:00 in the zone), exclusive. */
  public Instant end(int i) {
    return mondays.get(i).plusWeeks(1).atStartOfDay(zone).toInstant();
  }

  /** The counts of {@code counts} along the axis, 0 for weeks it lacks. */
  public List<Long> align(Map<String, Long> counts) {
    return keys().stream().map(k -> counts.getOrDefault(k, 0L)).toList();
  }
}
