package io.devpulse.github;

import java.time.Duration;
import java.util.Optional;

/**
 * What {@link GithubClient} tells about its work as it goes, for progress output: responses with
 * the rate limit left, waits and retries. Every method does nothing by default. URLs are given as
 * {@link GithubClient#display display} strings; no token is ever passed.
 */
public interface ApiListener {
  ApiListener NONE = new ApiListener() {};

  /** A response arrived (any status, 304 included). */
  default void responded(String url, int status, Optional<RateLimit> rateLimit) {}

  /**
   * The client is about to wait {@code duration} because of a rate limit; {@code reason} says
   * which.
   */
  default void waiting(Duration duration, String reason) {}

  /**
   * Attempt {@code attempt} of {@code url} failed with {@code problem}; the next follows after
   * {@code backoff}.
   */
  default void retrying(String url, int attempt, String problem, Duration backoff) {}
}
