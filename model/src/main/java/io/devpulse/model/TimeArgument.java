package io.devpulse.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A time given on the command line, read alike by every option that takes one ({@code report
 * --from/--to}, {@code sync --since}): a date is the start of that day, a time without offset is
 * that time, both in the command's zone; a time with an offset or {@code Z} is that instant.
 */
public final class TimeArgument {
  private TimeArgument() {}

  /**
   * The instant {@code text} names.
   *
   * @param option the option's name, for the message ({@code --from})
   * @param zone the zone of dates and times without offset
   * @throws UserErrorException naming the option and the value when it is none of the accepted
   *     forms
   */
  public static Instant parse(String option, String text, ZoneId zone) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(zone, "zone");
    String t = text.strip();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(zone).toInstant();
      }
      if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d(:?\\d\\d)?$")) {
        return OffsetDateTime.parse(t).toInstant();
      }
      return LocalDateTime.parse(t).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      String in = zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
      throw new UserErrorException(
          option
              + " ("
              + text
              + ") must be a date or time, e.g. 2025-12-10 (the start of"
              + " the day in "
              + in
              + "), 2025-12-10T19:01 (in "
              + in
              + ") or 2025-12-10T11:01Z",
          e);
    }
  }
}
