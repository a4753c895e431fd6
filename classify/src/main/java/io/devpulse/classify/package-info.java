/**
 * The classification engine: an item's classification is the rule pack's verdict on the item with
 * the history of the items of its repository created before it, whatever order and batches items
 * arrived in. A use case enters it through {@code Engine}, a rule pack compiled (app's rule cache
 * makes one per pack), and calls one of its methods. Import and sync classify what a unit of work
 * puts ({@code BatchClassification}); reclassify, the reads of a stale index, {@code rules diff}
 * and {@code rules eval} settle the stored items ({@code ClassificationPass}); accounts get a bot
 * verdict ({@code AccountJudge}); the index's commit data records which rules classified it ({@code
 * RulesCommitData}, {@code CommitKeys}); {@code classify FILE} and evaluation classify items
 * without storing them ({@code DryRun}). The only module that knows both the index and the rules:
 * above it, a pack is held as {@code Pack} (loaded from a directory or the jar; its origin, its
 * fingerprint for staleness and what a report says of it, in model's types) and classifies as the
 * {@code Engine} app's rule cache compiles from it, so no class elsewhere uses both.
 *
 * <p>Memory is bounded for a million items: a pass reads the index as {@code ItemColumns}
 * (primitive columns, ~40 bytes an item) and keeps its state per item in parallel arrays; a unit of
 * work keeps per item it put only its own topics and packed history counts ({@code Arrivals}); the
 * history of arriving items is primitive timelines ({@code LiveHistory}); a unit's settling pass
 * writes each change as it is decided ({@code ClassificationPass.Sink}) instead of holding them.
 */
package io.devpulse.classify;
