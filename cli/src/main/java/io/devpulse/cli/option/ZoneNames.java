package io.devpulse.cli.option;

import io.devpulse.cli.common.Messages;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --tz}: a zone id as Java knows it ({@code Asia/Shanghai}, {@code UTC}, {@code +08:00}),
 * or, since people name a zone by its city, the one region id whose last part is that name in any
 * case, spaces for underscores ({@code Shanghai}, {@code new york}). Several or none is an error
 * listing what would do.
 */
public final class ZoneNames {
  private static final int MAX_LISTED = 8;

  private ZoneNames() {}

  public static ZoneId parse(String value) {
    String text = value.strip();
    try {
      return ZoneId.of(text);
    } catch (DateTimeException e) {
      // not an id as written: look it up by name below
    }
    String wanted = text.replace(' ', '_').toLowerCase(Locale.ROOT);
    TreeSet<String> exact = new TreeSet<>();
    TreeSet<String> byCity = new TreeSet<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      String lower = id.toLowerCase(Locale.ROOT);
      if (lower.equals(wanted)) {
        exact.add(id);
      } else if (lower.endsWith("/" + wanted)) {
        byCity.add(id);
      }
    }
    TreeSet<String> found = exact.isEmpty() ? byCity : exact;
    if (found.size() == 1) {
      return ZoneId.of(found.first());
    }
    if (found.isEmpty()) {
      throw new TypeConversionException(Messages.get("tz.unknown", value));
    }
    List<String> listed = found.stream().limit(MAX_LISTED).toList();
    throw new TypeConversionException(
        Messages.get(
            "tz.ambiguous",
            value,
            String.join(", ", listed) + (found.size() > MAX_LISTED ? ", ..." : "")));
  }
}
