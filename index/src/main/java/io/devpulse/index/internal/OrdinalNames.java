package io.devpulse.index.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.SortedDocValues;

/**
 * The strings of the sorted doc values ordinals a collector meets in one segment, looked up once
 * each, in ascending order, after the segment is collected. A lookup decompresses the block of
 * terms its ordinal lies in and reads forward from its start: ordinals met in document order jump
 * back and forth and decompress a block per lookup, sorted they share the blocks (the authors of
 * the needs-attention lists' open items, comments and reviews: half the cold report's growth from
 * 100k to 1M items, JFR).
 */
final class OrdinalNames {
  private int[] ords = new int[64];
  private int size;

  /** Notes {@code ord} to be looked up. */
  void add(int ord) {
    if (size == ords.length) {
      ords = Arrays.copyOf(ords, size * 2);
    }
    ords[size++] = ord;
  }

  /** The strings of the ordinals added, looked up in {@code values} (the segment's). */
  Names lookUp(SortedDocValues values) throws IOException {
    int[] sorted = Arrays.copyOf(ords, size);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    int[] keys = Arrays.copyOf(sorted, distinct);
    String[] names = new String[distinct];
    for (int i = 0; i < distinct; i++) {
      names[i] = values.lookupOrd(keys[i]).utf8ToString();
    }
    return new Names(keys, names);
  }

  /** Looked-up ordinals and their strings. */
  static final class Names {
    private final int[] ords;
    private final String[] names;

    private Names(int[] ords, String[] names) {
      this.ords = ords;
      this.names = names;
    }

    /** The string of {@code ord}, which must have been added. */
    String of(int ord) {
      return nameAt(indexOf(ord));
    }

    /** Where {@code ord} is among the looked-up ordinals: an index for a per-ordinal cache. */
    int indexOf(int ord) {
      return Arrays.binarySearch(ords, ord);
    }

    /** The string of the ordinal at {@code index} ({@link #indexOf}). */
    String nameAt(int index) {
      return names[index];
    }

    int size() {
      return ords.length;
    }
  }
}
