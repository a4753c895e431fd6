/**
 * The data devpulse works on, as plain immutable records. Start from {@link io.devpulse.model.Item}
 * (an issue or pull request; build one with {@link io.devpulse.model.Item#builder}) and its derived
 * facts ({@code isMerged}, {@code isClosedUnmerged}); {@link io.devpulse.model.Comment} and {@link
 * io.devpulse.model.Review} hang off an item by number, and every one of them is an {@link
 * io.devpulse.model.Entity} with a stable {@code key()} and an {@code updatedAt()} that decides
 * which of two copies is newer. {@link io.devpulse.model.Window} is a span of time (a report's,
 * parsed from {@code --from}/{@code --to}/{@code --last}) and {@link io.devpulse.model.Coverage}
 * what an index holds of each stream, synced or imported: ingestion records it, reports state what
 * it backs. {@link io.devpulse.model.Description} reads an item's body as Markdown
 * (commonmark-java) for both the rules and the report; {@link io.devpulse.model.MessageBundle}
 * formats every module's user-visible sentences (ICU MessageFormat, plurals per language).
 */
package io.devpulse.model;
