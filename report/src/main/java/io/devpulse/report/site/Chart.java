package io.devpulse.report.site;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chart of values per key (weeks, months) drawn by {@link SvgChart}: bars (series side by side)
 * or lines.
 *
 * @param id unique on its page and a file name: letters, digits, {@code -}
 * @param title what the chart shows (for screen readers and the standalone file)
 * @param keys the x axis, oldest first
 * @param partialNoteOrNull when the last key is a period still in progress (the current week), what
 *     the chart says of it (its bars are shaded and labelled so); null when every key is complete
 */
public record Chart(
    String id,
    String title,
    List<String> keys,
    List<ChartSeries> series,
    Kind kind,
    String partialNoteOrNull) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** How values are drawn. */
  public enum Kind {
    BARS,
    LINES
  }

  /** A chart whose keys are all complete. */
  public Chart(String id, String title, List<String> keys, List<ChartSeries> series, Kind kind) {
    this(id, title, keys, series, kind, null);
  }

  /** The same chart with its last key marked as still in progress, saying {@code note}. */
  public Chart withLastPartial(String note) {
    return new Chart(id, title, keys, series, kind, note);
  }

  public Chart {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "chart id (" + id + ") must be lower-case letters, digits and -");
    }
    Objects.requireNonNull(title, "title");
    keys = List.copyOf(keys);
    series = List.copyOf(series);
    Objects.requireNonNull(kind, "kind");
    for (ChartSeries s : series) {
      if (s.values().size() != keys.size()) {
        throw new IllegalArgumentException(
            "series "
                + s.label()
                + " has "
                + s.values().size()
                + " values for "
                + keys.size()
                + " keys");
      }
    }
  }
}
