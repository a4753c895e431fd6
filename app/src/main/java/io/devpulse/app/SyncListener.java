package io.devpulse.app;

import io.devpulse.github.ApiListener;
import io.devpulse.github.SyncCheckpoint;
import io.devpulse.github.SyncStream;
import io.devpulse.model.Repository;
import java.time.Instant;

/**
 * What a {@link Syncer} tells as it goes, on top of its client's {@link ApiListener} events; for
 * progress output (and for tests, which stop a sync between batches by throwing from {@link
 * #pageStored}).
 */
public interface SyncListener extends ApiListener {
  SyncListener NONE = new SyncListener() {};

  /** No token was given: requests are anonymous, with GitHub's lowest rate limit. */
  default void anonymous() {}

  /** A stream of {@code repository} starts, from {@code sinceOrNull} (null: the beginning). */
  default void streamStarted(Repository repository, SyncStream stream, Instant sinceOrNull) {}

  /**
   * Page {@code page} of a stream, {@code records} records, was committed with {@code checkpoint}.
   */
  default void pageStored(
      Repository repository, SyncStream stream, int page, int records, SyncCheckpoint checkpoint) {}

  /** The stream's first page answered 304: nothing changed since the last sync. */
  default void notModified(Repository repository, SyncStream stream) {}
}
