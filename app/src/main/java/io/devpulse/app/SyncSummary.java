package io.devpulse.app;

import java.time.Duration;

/**
 * What one sync did.
 *
 * @param repositories repositories synced
 * @param added items the index did not hold
 * @param updated items stored in a newer version
 * @param unchanged items read again but not newer than what was stored (GitHub's {@code since} is
 *     inclusive, so the last second before the checkpoint is read again)
 * @param comments comments stored new or changed
 * @param reviews reviews the index did not hold
 * @param requests HTTP requests, retries and 304s included
 * @param notModified requests answered 304 Not Modified (free of rate limit)
 * @param elapsed wall time
 */
public record SyncSummary(
    int repositories, long added, long updated, long unchanged, long comments, long reviews, int requests,
    int notModified, Duration elapsed) {

  public long items() {
    return added + updated + unchanged;
  }
}
