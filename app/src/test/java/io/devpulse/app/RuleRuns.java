package io.devpulse.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How often the rules ran on each item: the counting rule of {@link TestPacks#counting} calls
 * {@link #saw} from every classification, on whatever thread runs it.
 */
public final class RuleRuns {
  private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

  private RuleRuns() {}

  /** Called by the counting rule once per classification of the item with {@code key}. */
  public static void saw(String key) {
    RUNS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  /** Item key → runs since the last {@link #reset}, sorted by key. */
  public static Map<String, Integer> counts() {
    Map<String, Integer> out = new TreeMap<>();
    RUNS.forEach((key, n) -> out.put(key, n.get()));
    return out;
  }

  public static void reset() {
    RUNS.clear();
  }
}
