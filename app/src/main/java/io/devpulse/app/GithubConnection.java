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

  /**
   * Whether the token would go over plain {@code http://} to a host other than this machine, where anyone
   * on the way can read it: the CLI warns. Decided from the URL alone (no name is looked up).
   */
  public boolean sendsTokenInTheClear() {
    if (!token.isPresent() || !"http".equalsIgnoreCase(apiUrl.getScheme())) {
      return false;
    }
    String host = apiUrl.getHost() == null ? "" : apiUrl.getHost().toLowerCase(java.util.Locale.ROOT);
    boolean loopback = host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
        || host.equals("[::1]") || host.equals("::1");
    return !loopback;
  }

  /** The API URL as messages show it: without credentials or secret query parameters. */
  public String displayApiUrl() {
    return io.devpulse.github.GithubClient.display(apiUrl);
  }
}
