package io.devpulse.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The documents of the comments on each item of one reader ({@link
 * HistoryIndex#commentDocIndex()}), in primitive arrays: an item's (repository, number) packed in a
 * long, sorted, with the offsets of its comments' documents — ~16 bytes a commented item and 4 a
 * comment, where a map by key string would cost ~130 bytes an item. For a unit of work that looks
 * up the discussion of each item it puts, and a classification pass that looks up each item's.
 */
public final class CommentDocs {
  private static final int[] NONE = new int[0];

  private final Map<String, Integer> repositories;
  private final long[] items;
  private final int[] offsets;
  private final int[] docs;

  private CommentDocs(Map<String, Integer> repositories, long[] items, int[] offsets, int[] docs) {
    this.repositories = repositories;
    this.items = items;
    this.offsets = offsets;
    this.docs = docs;
  }

  /** Collects (repository, item number, comment document) in ascending document order. */
  static final class Builder {
    private final Map<String, Integer> repositories = new HashMap<>();
    private long[] packed = new long[1024];
    private int[] docs = new int[1024];
    private int size;

    void add(String repository, long number, int doc) {
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
        docs = Arrays.copyOf(docs, size * 2);
      }
      int id = repositories.computeIfAbsent(repository, r -> repositories.size());
      packed[size] = pack(id, number);
      docs[size++] = doc;
    }

    CommentDocs build() {
      long[] items = Arrays.copyOf(packed, size);
      Arrays.sort(items);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (i == 0 || items[i] != items[distinct - 1]) {
          items[distinct++] = items[i];
        }
      }
      items = Arrays.copyOf(items, distinct);
      int[] offsets = new int[distinct + 1];
      for (int i = 0; i < size; i++) {
        offsets[Arrays.binarySearch(items, packed[i]) + 1]++;
      }
      for (int i = 0; i < distinct; i++) {
        offsets[i + 1] += offsets[i];
      }
      // Filled in document order: each item's documents stay ascending.
      int[] next = Arrays.copyOf(offsets, distinct);
      int[] byItem = new int[size];
      for (int i = 0; i < size; i++) {
        byItem[next[Arrays.binarySearch(items, packed[i])]++] = docs[i];
      }
      return new CommentDocs(Map.copyOf(repositories), items, offsets, byItem);
    }
  }

  private static long pack(int repository, long number) {
    return ((long) repository << 32) | (number & 0xffffffffL);
  }

  /**
   * The documents of the comments on item {@code number} of the repository with key {@code
   * repository} (as {@link ItemSummary#key()} begins), ascending; empty when it has none.
   */
  public int[] docs(String repository, int number) {
    Integer id = repositories.get(repository);
    if (id == null) {
      return NONE;
    }
    int at = Arrays.binarySearch(items, pack(id, number));
    return at < 0 ? NONE : Arrays.copyOfRange(docs, offsets[at], offsets[at + 1]);
  }
}
