package io.devpulse.github;

import java.time.Duration;

/**
 * A rate limit would make the client wait longer than its {@code maxWait} allows; nothing was lost,
 * a later run carries on where this one stopped.
 */
public final class RateLimitWaitException extends GithubApiException {
  private static final long serialVersionUID = 1L;

  private final Duration refusedWait;

  public RateLimitWaitException(int status, String message, Duration wait) {
    super(status, message);
    this.refusedWait = wait;
  }

  /** The wait that was refused. */
  public Duration refusedWait() {
    return refusedWait;
  }
}
