package io.devpulse.github;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently {@link GithubClient} retries a request that failed for a passing
 * reason (HTTP 5xx, a timeout, a reset connection): up to {@code maxAttempts} attempts in all,
 * waiting {@code firstBackoff} after the first failure and twice as long after each further one, at
 * most {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {

  public RetryPolicy {
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts (" + maxAttempts + ") must be positive");
    }
    if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff ("
              + firstBackoff
              + " up to "
              + maxBackoff
              + ") must not be negative and must not shrink");
    }
  }

  /** 5 attempts, waiting 1, 2, 4 and 8 seconds in between (at most 30). */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** Whether another attempt follows the {@code failedAttempts}-th failure. */
  public boolean retriesAfter(int failedAttempts) {
    return failedAttempts < maxAttempts;
  }

  /** The wait after the {@code failedAttempts}-th failure (1-based). */
  public Duration backoff(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException(
          "failedAttempts (" + failedAttempts + ") must be positive");
    }
    Duration wait = firstBackoff;
    for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
