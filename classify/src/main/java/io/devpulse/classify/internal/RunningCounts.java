package io.devpulse.classify.internal;

import java.util.Arrays;

/**
 * Running history counts per key of {@link HistoryNames}: [items, count of topic 0, ...], added to
 * in creation order, so that what they hold before an item is added is that item's history.
 */
public final class RunningCounts {
  private int[][] rows;

  public RunningCounts(HistoryNames names) {
    rows = new int[Math.max(16, names.size())][];
  }

  public void add(int[] keys, int[] topics) {
    for (int k : keys) {
      if (k >= rows.length) {
        rows = Arrays.copyOf(rows, Math.max(k + 1, rows.length * 2));
      }
      int[] row = rows[k];
      if (row == null) {
        row = rows[k] = new int[1];
      }
      row[0]++;
      for (int t : topics) {
        if (t + 1 >= row.length) {
          row = rows[k] = Arrays.copyOf(row, t + 2);
        }
        row[t + 1]++;
      }
    }
  }

  public int[][] snapshot(int[] keys) {
    int[][] out = new int[keys.length][];
    for (int i = 0; i < keys.length; i++) {
      int[] row = keys[i] < rows.length ? rows[keys[i]] : null;
      out[i] = row == null ? new int[] {0} : row.clone();
    }
    return out;
  }

  /** Whether the counts now under {@code keys} equal {@code raw} (trailing zeros aside). */
  public boolean matches(int[] keys, int[][] raw) {
    if (raw == null || raw.length != keys.length) {
      return false;
    }
    for (int i = 0; i < keys.length; i++) {
      int[] row = keys[i] < rows.length ? rows[keys[i]] : null;
      if (!sameCounts(row == null ? ZERO : row, raw[i])) {
        return false;
      }
    }
    return true;
  }

  private static final int[] ZERO = {0};

  private static boolean sameCounts(int[] a, int[] b) {
    int n = Math.max(a.length, b.length);
    for (int i = 0; i < n; i++) {
      if ((i < a.length ? a[i] : 0) != (i < b.length ? b[i] : 0)) {
        return false;
      }
    }
    return true;
  }
}
