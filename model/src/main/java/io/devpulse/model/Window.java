package io.devpulse.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The half-open time span {@code [from, to)} a report covers. {@link #parse} turns the command
 * line's {@code --from}/{@code --to}/{@code --last} into one, with one-line {@link
 * UserErrorException}s.
 */
public record Window(Instant from, Instant to) {
  private static final Pattern LAST = Pattern.compile("([1-9][0-9]{0,4})([mhdw])");

  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException(
          "window start (" + from + ") must be before its end (" + to + ")");
    }
  }

  /** As {@link #parse(String, String, String, Instant, ZoneId)} with times in UTC. */
  public static Window parse(String from, String to, String last, Instant now) {
    return parse(from, to, last, now, ZoneOffset.UTC);
  }

  /**
   * The window the options describe: {@code --from} and {@code --to}, or {@code --last} ending at
   * {@code --to}, or else at the last whole boundary of its unit in {@code zone} before {@code now}
   * ({@code --last 1h} at 20:07 is 19:00–20:00; {@code --last 7d} ends at today's midnight), so
   * windows of successive runs tile time instead of overlapping or leaving gaps.
   *
   * @param from a {@link TimeArgument}: a time with offset ({@code 2025-12-10T11:01:00Z}), or a
   *     date or time without one, in {@code zone} ({@code 2025-12-10}, {@code 2025-12-10T19:01});
   *     or null
   * @param to the same, or null
   * @param last a length such as {@code 1h}, {@code 24h}, {@code 7d} (also {@code m} minutes,
   *     {@code w} weeks), or null
   * @param now the time a {@code --last} window without {@code --to} ends before
   * @param zone the display zone, whose hours and days the boundaries are
   */
  public static Window parse(String from, String to, String last, Instant now, ZoneId zone) {
    Objects.requireNonNull(now, "now");
    if (last != null) {
      if (from != null) {
        throw new UserErrorException(
            "--last and --from cannot be used together; give --from and --to, or --last");
      }
      Duration length = length(last);
      Instant end = to == null ? boundaryAtOrBefore(now, unit(last), zone) : time("--to", to, zone);
      return new Window(end.minus(length), end);
    }
    if (from == null || to == null) {
      throw new UserErrorException(
          from == null && to == null
              ? "no report window; give --from and --to, or --last 1h|24h|7d"
              : (from == null
                  ? "--to needs --from (or use --last)"
                  : "--from needs --to (or use --last)"));
    }
    Instant start = time("--from", from, zone);
    Instant end = time("--to", to, zone);
    if (!start.isBefore(end)) {
      throw new UserErrorException("--from (" + from + ") must be before --to (" + to + ")");
    }
    return new Window(start, end);
  }

  /** The window's length. */
  public Duration length() {
    return Duration.between(from, to);
  }

  /** Whether {@code time} falls in {@code [from, to)}; null never does. */
  public boolean contains(Instant time) {
    return time != null && !time.isBefore(from) && time.isBefore(to);
  }

  /** The window {@code k} lengths earlier ({@code k = 1} is the one just before this). */
  public Window shiftedBack(int k) {
    Duration shift = length().multipliedBy(k);
    return new Window(from.minus(shift), to.minus(shift));
  }

  /** The {@code n} windows of the same length before this one, the nearest first. */
  public List<Window> previous(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("window count (" + n + ") must not be negative");
    }
    List<Window> windows = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      windows.add(shiftedBack(k));
    }
    return windows;
  }

  /**
   * The {@code count} most recent whole windows of length {@code last} that end at or before {@code
   * now}, oldest first, end to end: what {@code report --catch-up} fills in.
   */
  public static List<Window> lastWhole(String last, Instant now, ZoneId zone, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count (" + count + ") must be positive");
    }
    Window newest = parse(null, null, last, now, zone);
    List<Window> windows = new ArrayList<>(newest.previous(count - 1));
    java.util.Collections.reverse(windows);
    windows.add(newest);
    return windows;
  }

  /**
   * A short name of the window's length for file names: {@code 1h}, {@code 24h}, {@code 7d}, {@code
   * 90m}.
   */
  public String lengthLabel() {
    Duration d = length();
    if (d.toMinutes() % 60 != 0) {
      return d.toMinutes() + "m";
    }
    return d.toHours() < 48 || d.toHours() % 24 != 0 ? d.toHours() + "h" : d.toDays() + "d";
  }

  private static ChronoUnit unit(String text) {
    return switch (text.strip().charAt(text.strip().length() - 1)) {
      case 'm' -> ChronoUnit.MINUTES;
      case 'h' -> ChronoUnit.HOURS;
      case 'd' -> ChronoUnit.DAYS;
      default -> ChronoUnit.WEEKS;
    };
  }

  /** The start of {@code unit} in {@code zone} containing {@code now} (weeks start on Monday). */
  static Instant boundaryAtOrBefore(Instant now, ChronoUnit unit, ZoneId zone) {
    ZonedDateTime t = now.atZone(zone);
    ZonedDateTime start =
        switch (unit) {
          case MINUTES -> t.truncatedTo(ChronoUnit.MINUTES);
          case HOURS -> t.truncatedTo(ChronoUnit.HOURS);
          case DAYS -> t.truncatedTo(ChronoUnit.DAYS);
          default ->
              t.truncatedTo(ChronoUnit.DAYS)
                  .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    return start.toInstant();
  }

  private static Duration length(String text) {
    return length("--last", text);
  }

  /**
   * A length as options take it ({@code 90m}, {@code 48h}, {@code 7d}, {@code 2w}); a one-line
   * {@link UserErrorException} naming {@code option} otherwise.
   */
  public static Duration length(String option, String text) {
    Matcher m = LAST.matcher(text.strip());
    if (!m.matches()) {
      throw new UserErrorException(option + " (" + text + ") must be a length like 1h, 24h or 7d");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
  }

  private static Instant time(String option, String text, ZoneId zone) {
    return TimeArgument.parse(option, text, zone);
  }
}
