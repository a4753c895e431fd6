package io.devpulse.app;

import io.devpulse.github.TokenSource;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach GitHub.
 *
 * @param apiUrl the REST API base ({@code https://api.github.com}, or a GitHub Enterprise {@code /api/v3})
 * @param token the token, or an absent one for anonymous requests
 * @param maxWait the most to wait in all for rate limits before giving up
 * @param timeout the most one request may take
 * @param userAgent the {@code User-Agent} header ({@code devpulse/0.1.0})
 */
public record GithubConnection(
    URI apiUrl, TokenSource token, Duration maxWait, Duration timeout, String userAgent) {
  public GithubConnection {
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(userAgent, "userAgent");
  }
}
