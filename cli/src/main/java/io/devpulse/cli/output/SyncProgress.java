package io.devpulse.cli.output;

import io.devpulse.app.SyncListener;
import io.devpulse.cli.common.Messages;
import io.devpulse.github.Durations;
import io.devpulse.github.RateLimit;
import io.devpulse.github.SyncCheckpoint;
import io.devpulse.github.SyncStream;
import io.devpulse.model.Repository;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What a sync tells on stderr: always the note that requests are anonymous; with {@code progress}
 * (when stderr is a terminal, see {@code sync}) one line per event too: streams started, pages
 * stored (with the rate limit left), waits for rate limits and retries. Pipes and CI get just the
 * summary.
 */
public final class SyncProgress implements SyncListener {
  private final PrintStream err;
  private final boolean progress;
  private RateLimit rateLimit;

  public SyncProgress(PrintStream err, boolean progress) {
    this.err = err;
    this.progress = progress;
  }

  @Override
  public void anonymous() {
    err.println(Messages.get("sync.anonymous"));
  }

  @Override
  public void responded(String url, int status, Optional<RateLimit> limit) {
    limit.ifPresent(l -> rateLimit = l);
  }

  @Override
  public void waiting(Duration duration, String reason) {
    if (!progress) {
      return;
    }
    err.println(Messages.get("sync.progress.waiting", Durations.human(duration), reason));
  }

  @Override
  public void retrying(String url, int attempt, String problem, Duration backoff) {
    if (!progress) {
      return;
    }
    err.println(
        Messages.get(
            "sync.progress.retrying",
            url,
            problem,
            String.valueOf(attempt),
            Durations.human(backoff)));
  }

  @Override
  public void streamStarted(Repository repository, SyncStream stream, Instant sinceOrNull) {
    if (!progress) {
      return;
    }
    err.println(
        Messages.get(
            "sync.progress.start",
            repository + " " + stream.key(),
            sinceOrNull == null
                ? Messages.get("sync.progress.beginning")
                : sinceOrNull.toString()));
  }

  @Override
  public void pageStored(
      Repository repository, SyncStream stream, int page, int records, SyncCheckpoint checkpoint) {
    if (!progress) {
      return;
    }
    String left =
        rateLimit == null
            ? ""
            : Messages.get("sync.progress.rateLimit", String.valueOf(rateLimit.remaining()));
    Instant through = checkpoint.updatedThrough();
    err.println(
        Messages.get(
            "sync.progress.page",
            repository,
            stream.key(),
            String.valueOf(page),
            String.valueOf(records),
            through == null ? "-" : through.toString(),
            left));
  }

  @Override
  public void notModified(Repository repository, SyncStream stream) {
    if (!progress) {
      return;
    }
    err.println(Messages.get("sync.progress.notModified", repository, stream.key()));
  }
}
