package io.devpulse.github;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A response's {@code Retry-After: SECONDS}, as GitHub sends it with a secondary rate limit. The
 * value comes from a server, so it is clamped to {@code [1 s, MAX]}: zero or negative is a second
 * (waiting nothing would hammer the server), and anything beyond a day is a day, so that a value
 * like {@code 9223372036854775807} neither overflows a sum of waits nor passes as a real wait; with
 * any sensible {@code maxWait} it ends in a {@link RateLimitWaitException}. The HTTP-date form,
 * which GitHub does not send, is ignored like any other non-number.
 */
final class RetryAfter {
  /** The longest wait a {@code Retry-After} can ask for. */
  static final Duration MAX = Duration.ofDays(1);

  private RetryAfter() {}

  /** The clamped wait, or empty when the header is absent or not a whole number of seconds. */
  static Optional<Duration> from(HttpHeaders headers) {
    OptionalLong seconds = RateLimit.number(headers, "retry-after");
    if (seconds.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Math.clamp(seconds.getAsLong(), 1, MAX.toSeconds())));
  }
}
