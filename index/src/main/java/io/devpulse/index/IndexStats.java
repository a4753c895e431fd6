package io.devpulse.index;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What an index holds.
 *
 * @param documents all live documents: items, comments, reviews and releases
 * @param items items
 * @param itemsByRepository items per repository key (lower case), most first
 * @param itemsByKind items per kind ({@code issue}, {@code pr}), most first
 * @param itemsByState items per state ({@code open}, {@code closed}), most first
 * @param comments comments
 * @param botComments comments whose author GitHub marks as a bot
 * @param reviews reviews
 * @param firstCreated the earliest item creation time, or {@code null} when there are no items
 * @param lastCreated the latest item creation time, or {@code null} when there are no items
 * @param commitData the last commit's user data (e.g. {@code lastImport})
 * @param releases releases (drafts included)
 */
public record IndexStats(
    long documents,
    long items,
    Map<String, Long> itemsByRepository,
    Map<String, Long> itemsByKind,
    Map<String, Long> itemsByState,
    long comments,
    long botComments,
    long reviews,
    Instant firstCreated,
    Instant lastCreated,
    Map<String, String> commitData,
    long releases) {

  /** Stats of an index without releases. */
  public IndexStats(
      long documents,
      long items,
      Map<String, Long> itemsByRepository,
      Map<String, Long> itemsByKind,
      Map<String, Long> itemsByState,
      long comments,
      long botComments,
      long reviews,
      Instant firstCreated,
      Instant lastCreated,
      Map<String, String> commitData) {
    this(
        documents,
        items,
        itemsByRepository,
        itemsByKind,
        itemsByState,
        comments,
        botComments,
        reviews,
        firstCreated,
        lastCreated,
        commitData,
        0);
  }

  public IndexStats {
    Objects.requireNonNull(itemsByRepository, "itemsByRepository");
    Objects.requireNonNull(itemsByKind, "itemsByKind");
    Objects.requireNonNull(itemsByState, "itemsByState");
    commitData = Map.copyOf(commitData);
  }
}
