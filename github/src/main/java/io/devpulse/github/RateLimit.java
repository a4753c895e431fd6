package io.devpulse.github;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * GitHub's rate-limit headers of one response: {@code X-RateLimit-Limit}, {@code -Remaining}, {@code
 * -Reset} (epoch seconds) and {@code -Resource} ({@code core}, {@code search}, ...).
 *
 * @param limit requests allowed per window (60 anonymous, 5000 with a token)
 * @param remaining requests left in the current window
 * @param reset when the window starts again
 * @param resource the limit's bucket, {@code core} when the header is absent
 */
public record RateLimit(long limit, long remaining, Instant reset, String resource) {

  public RateLimit {
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(resource, "resource");
    if (remaining < 0) {
      throw new IllegalArgumentException("remaining (" + remaining + ") must not be negative");
    }
  }

  /** The limit the headers state, or empty when they lack {@code Remaining} or {@code Reset}. */
  public static Optional<RateLimit> from(HttpHeaders headers) {
    OptionalLong remaining = number(headers, "x-ratelimit-remaining");
    OptionalLong reset = number(headers, "x-ratelimit-reset");
    if (remaining.isEmpty() || reset.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RateLimit(
        number(headers, "x-ratelimit-limit").orElse(-1),
        Math.max(0, remaining.getAsLong()),
        Instant.ofEpochSecond(reset.getAsLong()),
        headers.firstValue("x-ratelimit-resource").orElse("core")));
  }

  /** No request of this resource succeeds before {@link #reset()}. */
  public boolean exhausted() {
    return remaining == 0;
  }

  /**
   * How long to wait at {@code now} for the window to reset: until {@link #reset()} plus one second for
   * clock skew between GitHub and this machine; one second when the reset time has already passed.
   */
  public Duration waitAt(Instant now) {
    Duration until = Duration.between(now, reset);
    return until.isNegative() ? Duration.ofSeconds(1) : until.plusSeconds(1);
  }

  static OptionalLong number(HttpHeaders headers, String name) {
    Optional<String> value = headers.firstValue(name);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.get().trim()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
