package io.devpulse.github;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * GitHub's rate-limit headers of one response: {@code X-RateLimit-Limit}, {@code -Remaining},
 * {@code -Reset} (epoch seconds) and {@code -Resource} ({@code core}, {@code search}, ...).
 *
 * @param limit requests allowed per window (60 anonymous, 5000 with a token)
 * @param remaining requests left in the current window
 * @param reset when the window starts again
 * @param resource the limit's bucket, {@code core} when the header is absent
 *     <p>The headers come from a server, so {@link #from} trusts none of them to be sane: a reset
 *     beyond {@link #MAX_RESET} (say {@code 9223372036854775807}, which no {@link Instant} holds)
 *     is read as {@link #MAX_RESET} and before 1970 as 1970, a negative remaining count as none
 *     left, and a resource name that is not a short word (or that echoes the token) as {@code
 *     unknown} (it is repeated in messages).
 */
public record RateLimit(long limit, long remaining, Instant reset, String resource) {
  /** The latest reset a response may state, 9999-12-31T23:59:59Z: any later one is read as this. */
  public static final Instant MAX_RESET = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * What GitHub's resource names look like ({@code core}, {@code search}, {@code graphql}, ...).
   */
  private static final Pattern RESOURCE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  public RateLimit {
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(resource, "resource");
    if (remaining < 0) {
      throw new IllegalArgumentException("remaining (" + remaining + ") must not be negative");
    }
  }

  /** The limit the headers state, or empty when they lack {@code Remaining} or {@code Reset}. */
  public static Optional<RateLimit> from(HttpHeaders headers) {
    return from(headers, TokenSource.none());
  }

  /**
   * {@link #from(HttpHeaders)}, with a resource name that echoes {@code token} read as {@code
   * unknown}.
   */
  static Optional<RateLimit> from(HttpHeaders headers, TokenSource token) {
    OptionalLong remaining = number(headers, "x-ratelimit-remaining");
    OptionalLong reset = number(headers, "x-ratelimit-reset");
    if (remaining.isEmpty() || reset.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RateLimit(
            number(headers, "x-ratelimit-limit").orElse(-1),
            Math.max(0, remaining.getAsLong()),
            Instant.ofEpochSecond(Math.clamp(reset.getAsLong(), 0, MAX_RESET.getEpochSecond())),
            resource(headers.firstValue("x-ratelimit-resource").orElse("core"), token)));
  }

  private static String resource(String value, TokenSource token) {
    String trimmed = value.trim();
    return RESOURCE.matcher(trimmed).matches() && !token.appearsIn(trimmed) ? trimmed : "unknown";
  }

  /** No request of this resource succeeds before {@link #reset()}. */
  public boolean exhausted() {
    return remaining == 0;
  }

  /**
   * How long to wait at {@code now} for the window to reset: until {@link #reset()} plus one second
   * for clock skew between GitHub and this machine; one second when the reset time has already
   * passed.
   */
  public Duration waitAt(Instant now) {
    Duration until = Duration.between(now, reset);
    return until.isNegative() ? Duration.ofSeconds(1) : until.plusSeconds(1);
  }

  /**
   * The header as a whole number, or empty when it is absent or not one (a long's range at most).
   */
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
