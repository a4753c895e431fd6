package io.devpulse.cli.option;

import io.devpulse.cli.common.Messages;
import io.devpulse.model.TimeArgument;
import io.devpulse.model.UserErrorException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters of {@code devpulse sync}'s option values. */
public final class SyncConverters {
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private SyncConverters() {}

  /**
   * {@code --since}: read as {@code report --from} reads a time, in UTC (sync has no {@code --tz}).
   */
  public static final class Since implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return TimeArgument.parse("--since", value, ZoneOffset.UTC);
      } catch (UserErrorException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /**
   * {@code --max-wait}, {@code --timeout}: {@code 500ms}, {@code 90s}, {@code 15m}, {@code 1h}, or
   * ISO {@code PT15M}.
   */
  public static final class Wait implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return parseDuration("duration", value);
    }
  }

  public static Duration parseDuration(String what, String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = DURATION.matcher(text);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      Duration d = Duration.parse(value.strip());
      if (!d.isNegative()) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new TypeConversionException(Messages.get("sync.badDuration", what, value));
  }
}
