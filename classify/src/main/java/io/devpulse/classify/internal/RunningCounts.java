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

  /**
   * Raw counts (one row per key) as one array, each row trimmed of trailing zeros and preceded by
   * its length: what a unit of work keeps of the facts each item it put was classified with.
   */
  public static int[] pack(int[][] raw) {
    int n = 0;
    for (int[] row : raw) {
      n += 1 + trimmed(row);
    }
    int[] out = new int[n];
    int at = 0;
    for (int[] row : raw) {
      int len = trimmed(row);
      out[at++] = len;
      System.arraycopy(row, 0, out, at, len);
      at += len;
    }
    return out;
  }

  private static int trimmed(int[] row) {
    int len = row.length;
    while (len > 0 && row[len - 1] == 0) {
      len--;
    }
    return len;
  }

  /** Whether the counts now under {@code keys} equal the {@link #pack packed} raw counts. */
  public boolean matchesPacked(int[] keys, int[] packed) {
    int at = 0;
    for (int key : keys) {
      if (at >= packed.length) {
        return false;
      }
      int[] row = key < rows.length && rows[key] != null ? rows[key] : ZERO;
      int len = packed[at++];
      int rowLen = trimmed(row);
      if (rowLen != len || !Arrays.equals(row, 0, len, packed, at, at + len)) {
        return false;
      }
      at += len;
    }
    return at == packed.length;
  }

  private static final int[] ZERO = {0};

  /**
   * {@code row} (raw counts of one key) with one more item, whose topics are {@code topics}
   * (interned ids): what the row becomes when such an item is added before the time it counts to.
   */
  public static int[] plus(int[] row, int[] topics) {
    int len = row.length;
    for (int t : topics) {
      len = Math.max(len, t + 2);
    }
    int[] out = Arrays.copyOf(row, len);
    out[0]++;
    for (int t : topics) {
      out[t + 1]++;
    }
    return out;
  }

  /** Whether two raw counts (one row per key) are equal, trailing zeros aside. */
  public static boolean sameCounts(int[][] a, int[][] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (!sameCounts(a[i], b[i])) {
        return false;
      }
    }
    return true;
  }

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
