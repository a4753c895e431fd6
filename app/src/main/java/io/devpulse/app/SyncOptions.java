package io.devpulse.app;

import java.time.Instant;

/**
 * What a {@link Syncer} fetches besides issues, pull requests and comments.
 *
 * @param sinceOrNull fetch changes since this time instead of each stream's checkpoint; null to
 *     resume from the checkpoints (and fetch the whole history of a stream that has none)
 * @param withReviews also fetch the reviews of every pull request updated since the checkpoint
 * @param withFiles also fetch the changed file paths of every such pull request
 * @param withReleases also list the repository's releases (the whole list: one request per 100)
 */
public record SyncOptions(
    Instant sinceOrNull, boolean withReviews, boolean withFiles, boolean withReleases) {

  /** Without releases. */
  public SyncOptions(Instant sinceOrNull, boolean withReviews, boolean withFiles) {
    this(sinceOrNull, withReviews, withFiles, false);
  }

  /** From the checkpoints, without reviews, files or releases. */
  public static SyncOptions defaults() {
    return new SyncOptions(null, false, false, false);
  }
}
