package io.devpulse.classify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of items by repository key and number, in one primitive hash table (~16 bytes an item where
 * a set of key strings costs ~100): what a unit of work remembers of every item whose comments it
 * put, a million at a time in an import.
 */
public final class ItemKeySet {
  private final Map<String, Integer> repositoryIds = new HashMap<>();
  private final List<String> repositories = new ArrayList<>();
  private long[] table = new long[64]; // 0: empty; else (repository id + 1) << 32 | number
  private int size;

  public boolean isEmpty() {
    return size == 0;
  }

  public void add(String repository, int number) {
    Integer id = repositoryIds.get(repository);
    if (id == null) {
      id = repositories.size();
      repositoryIds.put(repository, id);
      repositories.add(repository);
    }
    if (2 * (size + 1) > table.length) {
      grow();
    }
    if (insert(table, pack(id, number))) {
      size++;
    }
  }

  public boolean contains(String repository, int number) {
    Integer id = repositoryIds.get(repository);
    return id != null && slot(table, pack(id, number)) >= 0;
  }

  public void remove(String repository, int number) {
    Integer id = repositoryIds.get(repository);
    if (id == null) {
      return;
    }
    int at = slot(table, pack(id, number));
    if (at < 0) {
      return;
    }
    table[at] = 0;
    size--;
    // Re-insert the rest of the probe run, so no later key is cut off from its home slot.
    int mask = table.length - 1;
    for (int i = (at + 1) & mask; table[i] != 0; i = (i + 1) & mask) {
      long v = table[i];
      table[i] = 0;
      insert(table, v);
    }
  }

  public void clear() {
    table = new long[64];
    size = 0;
  }

  /** The items as keys ({@code repository#number}, as {@code Item.key()}). */
  public Set<String> keys() {
    Set<String> out = new HashSet<>();
    for (long v : table) {
      if (v != 0) {
        out.add(repositories.get((int) (v >>> 32) - 1) + "#" + (int) v);
      }
    }
    return out;
  }

  private static long pack(int id, int number) {
    return ((long) (id + 1) << 32) | (number & 0xffffffffL);
  }

  private static int home(long v, int mask) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  /** The slot holding {@code v}, or -1. */
  private static int slot(long[] table, long v) {
    int mask = table.length - 1;
    for (int i = home(v, mask); table[i] != 0; i = (i + 1) & mask) {
      if (table[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static boolean insert(long[] table, long v) {
    int mask = table.length - 1;
    int i = home(v, mask);
    for (; table[i] != 0; i = (i + 1) & mask) {
      if (table[i] == v) {
        return false;
      }
    }
    table[i] = v;
    return true;
  }

  private void grow() {
    long[] bigger = new long[table.length * 2];
    for (long v : table) {
      if (v != 0) {
        insert(bigger, v);
      }
    }
    table = bigger;
  }
}
