package io.devpulse.classify.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What history counts items under: their author and each of their labels, per repository, ignoring
 * case; and the one order facts list labels in (sorted, each once).
 */
public final class HistoryKeys {
  private HistoryKeys() {}

  public static Collection<String> sorted(Collection<String> labels) {
    return labels.size() <= 1 ? labels : new TreeSet<>(labels);
  }

  public static String authorKey(String repository, String author) {
    return repository + "\u0000a\u0000" + author.toLowerCase(Locale.ROOT);
  }

  public static String labelKey(String repository, String label) {
    return repository + "\u0000l\u0000" + label.toLowerCase(Locale.ROOT);
  }

  /** The keys an item counts under (author first, then its labels). */
  public static List<String> keys(String repository, String author, Collection<String> labels) {
    List<String> out = new ArrayList<>(1 + labels.size());
    out.add(authorKey(repository, author));
    for (String label : labels) {
      out.add(labelKey(repository, label));
    }
    return out;
  }
}
