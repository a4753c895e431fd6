package io.devpulse.report;

/** How a topic's count in the window compares with the mean of the earlier windows. */
public enum TrendDirection {
  /** Absent from every earlier window. */
  NEW,
  /** At least one more and at least a quarter more than the mean. */
  RISING,
  STEADY,
  /** At least one fewer and at least a fifth fewer than the mean. */
  FALLING,
  /** The index holds no earlier window (synced or imported) to compare with. */
  NO_HISTORY;

  /**
   * The direction of {@code count} against the {@code mean} of {@code held} earlier windows (the
   * rule the report's trends and the site's topic history share).
   */
  public static TrendDirection judge(long count, double mean, int held) {
    if (held == 0) {
      return NO_HISTORY;
    }
    if (mean == 0) {
      return count > 0 ? NEW : STEADY;
    }
    if (count - mean >= 1 && count >= 1.25 * mean) {
      return RISING;
    }
    if (mean - count >= 1 && count <= 0.8 * mean) {
      return FALLING;
    }
    return STEADY;
  }
}
