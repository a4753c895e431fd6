package io.devpulse.report;

import java.util.ArrayList;
import java.util.List;

/**
 * How busy a window was against the earlier windows of the same length the index holds: the number
 * of items created, closed or merged in it, judged against the middle half of the earlier windows'
 * numbers (below the lower quartile: quiet; above the upper quartile: busy; else usual).
 *
 * @param level quiet, usual, busy, or no_data when the index holds no earlier window
 * @param count items created, closed or merged in the window
 * @param windows earlier windows of the same length held and compared with
 * @param median their median count (0 without windows)
 * @param low their lower quartile: the usual range starts here
 * @param high their upper quartile: the usual range ends here
 */
public record ActivityLevel(Level level, int count, int windows, double median, int low, int high) {
  /** How a window compares with its history. */
  public enum Level {
    NO_DATA,
    QUIET,
    USUAL,
    BUSY
  }

  /** {@code count} judged against {@code earlier}, the counts of the earlier windows held. */
  public static ActivityLevel judge(int count, List<Integer> earlier) {
    if (earlier.isEmpty()) {
      return new ActivityLevel(Level.NO_DATA, count, 0, 0, 0, 0);
    }
    List<Integer> sorted = new ArrayList<>(earlier);
    sorted.sort(null);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    // nearest ranks, widened outwards: a range the earlier windows actually reached
    int low = sorted.get((int) Math.floor(0.25 * (n - 1)));
    int high = sorted.get((int) Math.ceil(0.75 * (n - 1)));
    Level level = count < low ? Level.QUIET : count > high ? Level.BUSY : Level.USUAL;
    return new ActivityLevel(level, count, n, median, low, high);
  }
}
