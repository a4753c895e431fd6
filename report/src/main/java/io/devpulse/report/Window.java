package io.devpulse.report;

import io.devpulse.model.UserErrorException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The half-open time span {@code [from, to)} a report covers. {@link #parse} turns the command line's
 * {@code --from}/{@code --to}/{@code --last} into one, with one-line {@link UserErrorException}s.
 */
public record Window(Instant from, Instant to) {
  private static final Pattern LAST = Pattern.compile("([1-9][0-9]{0,4})([mhdw])");

  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("window start (" + from + ") must be before its end (" + to + ")");
    }
  }

  /**
   * The window the options describe: {@code --from} and {@code --to}, or {@code --last} ending at
   * {@code --to} or else at {@code now}.
   *
   * @param from ISO-8601 time with offset ({@code 2025-12-10T11:01:00Z}, {@code 2025-12-10T19:01+08:00}), or null
   * @param to the same, or null
   * @param last a length such as {@code 1h}, {@code 24h}, {@code 7d} (also {@code m} minutes, {@code w} weeks),
   *     or null
   * @param now the end of a {@code --last} window without {@code --to}
   */
  public static Window parse(String from, String to, String last, Instant now) {
    Objects.requireNonNull(now, "now");
    if (last != null) {
      if (from != null) {
        throw new UserErrorException("--last and --from cannot be used together; give --from and --to, or --last");
      }
      Duration length = length(last);
      Instant end = to == null ? now : time("--to", to);
      return new Window(end.minus(length), end);
    }
    if (from == null || to == null) {
      throw new UserErrorException(from == null && to == null
          ? "no report window; give --from and --to, or --last 1h|24h|7d"
          : (from == null ? "--to needs --from (or use --last)" : "--from needs --to (or use --last)"));
    }
    Instant start = time("--from", from);
    Instant end = time("--to", to);
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

  private static Duration length(String text) {
    Matcher m = LAST.matcher(text.strip());
    if (!m.matches()) {
      throw new UserErrorException("--last (" + text + ") must be a length like 1h, 24h or 7d");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
  }

  private static Instant time(String option, String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeException e) {
      throw new UserErrorException(option + " (" + text
          + ") must be an ISO-8601 time with offset, e.g. 2025-12-10T11:01:00Z or 2025-12-10T19:01+08:00", e);
    }
  }
}
