package io.devpulse.report.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One series of a {@link Chart}: a label for the legend, a value per key and, per key, the page a
 * bar links to ({@code ""} for none).
 */
public record ChartSeries(String label, List<Double> values, List<String> hrefs) {
  public ChartSeries {
    Objects.requireNonNull(label, "label");
    values = List.copyOf(values);
    hrefs = hrefs == null || hrefs.isEmpty() ? blank(values.size()) : List.copyOf(hrefs);
    if (hrefs.size() != values.size()) {
      throw new IllegalArgumentException(
          "series " + label + " has " + values.size() + " values but " + hrefs.size() + " links");
    }
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
