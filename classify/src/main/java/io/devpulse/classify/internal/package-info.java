/**
 * How the engine works, not for callers: what history counts items under ({@code HistoryKeys}), and
 * the two shapes of "an author's and a label's earlier items" built on those keys and on {@code
 * HistoryFacts}: per-key timelines that answer for any time as items arrive in any order ({@code
 * LiveHistory}: import, sync, dry runs), and running int counts swept in creation order ({@code
 * HistoryNames}, {@code RunningCounts}: a pass over the whole index).
 */
package io.devpulse.classify.internal;
