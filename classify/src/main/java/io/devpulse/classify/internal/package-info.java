/**
 * How the engine works, not for callers: what history counts items under ({@code HistoryKeys}); one
 * representation of "an author's and a label's earlier items", {@code HistoryNames} (keys and
 * topics as ints, counts per key as {@code [items, count of topic 0, ...]}, {@code HistoryFacts}
 * built from such counts); and its two access paths: running counts swept in creation order ({@code
 * RunningCounts}: a pass over the whole index), and sorted per-key timelines that give, for any
 * time and items arriving in any order, the counts such a sweep holds at that time ({@code
 * LiveHistory}: import, sync, dry runs).
 */
package io.devpulse.classify.internal;
