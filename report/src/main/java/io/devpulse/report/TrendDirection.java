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
  NO_HISTORY
}
