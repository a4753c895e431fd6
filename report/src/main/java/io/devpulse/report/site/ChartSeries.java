package io.devpulse.report.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One series of a {@link Chart}: a label for the legend, a value per key and, per key, the page a
 * bar links to ({@code ""} for none).
 *
 * @param light drawn in a light shade of the first colour, for a series that stands beside the main
 *     one (a topic's mentions beside its primary items)
 */
public record ChartSeries(String label, List<Double> values, List<String> hrefs, boolean light) {
  /** A series in the palette's colour of its place. */
  public ChartSeries(String label, List<Double> values, List<String> hrefs) {
    this(label, values, hrefs, false);
  }

  public ChartSeries {
    Objects.requireNonNull(label, "label");
    values = List.copyOf(values);
    hrefs = hrefs == null || hrefs.isEmpty() ? blank(values.size()) : List.copyOf(hrefs);
    if (hrefs.size() != values.size()) {
      throw new IllegalArgumentException(
          "series " + label + " has " + values.size() + " values but " + hrefs.size() + " links");
    }
  }

  /** The same series in the light shade. */
  public ChartSeries asLight() {
    return new ChartSeries(label, values, hrefs, true);
  }

  /** Counts as a series without links. */
  public static ChartSeries ofCounts(String label, List<Long> counts) {
    return new ChartSeries(label, counts.stream().map(Long::doubleValue).toList(), List.of());
  }

  private static List<String> blank(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("");
    }
    return out;
  }
}
