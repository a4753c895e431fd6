package io.devpulse.app;

import io.devpulse.github.TokenSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach GitHub.
 *
 * @param apiUrl the REST API base ({@code https://api.github.com}, or a GitHub Enterprise {@code
 *     /api/v3})
 * @param tokenFileOrNull a file holding the token; null for the {@value TokenSource#ENV_VARIABLE}
 *     variable of {@code env}, or anonymous requests when that is not set either
 * @param env the environment the token variable is read from
 * @param maxWait the most to wait in all for rate limits before giving up
 * @param timeout the most one request may take
 * @param userAgent the {@code User-Agent} header ({@code devpulse/0.1.0})
 */
public record GithubConnection(
    URI apiUrl,
    Path tokenFileOrNull,
    Map<String, String> env,
    Duration maxWait,
    Duration timeout,
    String userAgent) {
  public GithubConnection {
    Objects.requireNonNull(apiUrl, "apiUrl");
    env = Map.copyOf(env);
    Objects.requireNonNull(maxWait, "maxWait");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * The token the options name, read now: from the file, else the environment; absent for anonymous
   * requests.
   *
   * @throws io.devpulse.model.UserErrorException when the file cannot be read or holds no token
   */
  TokenSource token() {
    return tokenFileOrNull != null
        ? TokenSource.fromFile(tokenFileOrNull)
        : TokenSource.fromEnv(env);
  }

  @Override
  public String toString() {
    // The environment may hold secrets: never print it.
    return "GithubConnection["
        + apiUrl
        + ", token "
        + (tokenFileOrNull != null ? "file " + tokenFileOrNull : "from " + TokenSource.ENV_VARIABLE)
        + ", maxWait "
        + maxWait
        + ", timeout "
        + timeout
        + "]";
  }

  /**
   * Whether the token would go over plain {@code http://} to a host other than this machine, where
   * anyone on the way can read it: the CLI warns. Decided from the URL alone (no name is looked
   * up).
   */
  public boolean sendsTokenInTheClear() {
    if (!"http".equalsIgnoreCase(apiUrl.getScheme()) || !token().isPresent()) {
      return false;
    }
    String host =
        apiUrl.getHost() == null ? "" : apiUrl.getHost().toLowerCase(java.util.Locale.ROOT);
    boolean loopback =
        host.equals("localhost")
            || host.endsWith(".localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1");
    return !loopback;
  }

  /** The API URL as messages show it: without credentials or secret query parameters. */
  public String displayApiUrl() {
    return io.devpulse.github.GithubClient.display(apiUrl);
  }
}
