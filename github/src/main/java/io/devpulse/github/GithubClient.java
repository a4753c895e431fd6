package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Reads the GitHub REST API (api.github.com or a GitHub Enterprise {@code https://HOST/api/v3})
 * over {@code java.net.http}, one page per {@link #get} call, and takes care of what a scheduled
 * sync must survive:
 *
 * <ul>
 *   <li>rate limits: an exhausted primary limit ({@code X-RateLimit-Remaining: 0}) waits until
 *       {@code X-RateLimit-Reset}, before the request when the previous response said so or after a
 *       403/429; a secondary limit waits {@code Retry-After} seconds, or a minute (doubling) when
 *       the response only says "secondary rate limit"; all waits together may not exceed {@code
 *       maxWait}, else a {@link RateLimitWaitException}; the headers are a server's word, so absurd
 *       values are clamped ({@link RateLimit#from}, {@link RetryAfter}) rather than trusted to
 *       overflow or throw;
 *   <li>passing faults: HTTP 5xx, timeouts and broken connections are retried with the {@link
 *       RetryPolicy}'s backoff;
 *   <li>slow and huge responses: each attempt, connecting, headers and body together, must end
 *       within the {@code timeout} (a body trickling in byte by byte does not reset it), else it is
 *       cancelled and counts as a timeout; a body larger than {@code maxResponseBytes} (32 MiB by
 *       default, about ten times GitHub's largest pages) is cancelled at the limit and fails
 *       without a retry, so an endless body cannot fill the heap;
 *   <li>pagination: a {@code next} link back to the page itself is an error; a caller walking a
 *       listing uses a {@link PageWalk}, which also stops longer loops and endless listings;
 *   <li>conditional requests: given an ETag, the request carries {@code If-None-Match} and a 304
 *       comes back as a page that is {@link ApiPage#notModified()} (GitHub does not count it
 *       against the limit);
 *   <li>the token: sent only in the {@code Authorization} header and only to the API's own origin
 *       (a {@code Link} or redirect to another host is refused); messages carry URLs, never the
 *       token. What a server echoes of it, in any response, is {@link TokenSource#MASK} in every
 *       message, listener call, ETag and record ({@link ApiPage#readRecords}).
 * </ul>
 *
 * <p>Every other failure is a one-line {@link GithubApiException} that starts with the URL: 401
 * says the token was rejected, 404 that the repository or item does not exist (or the token cannot
 * see it). Waits go through the {@link Sleeper} and time through the {@link Clock}, so tests spend
 * neither. Not thread-safe; close it to release the HTTP client.
 */
public final class GithubClient implements AutoCloseable {
  /** The public GitHub API. */
  public static final URI DEFAULT_API_URL = URI.create("https://api.github.com");

  /**
   * The default limit of one response's body: 32 MiB. A page of 100 issues is typically well under
   * 1 MiB and stays under a few MiB even with 100 maximal bodies (65,536 characters each), so only
   * a broken or hostile server reaches it.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L << 20;

  /** What GitHub says in a secondary rate limit's message. */
  private static final Pattern SECONDARY = Pattern.compile("(?i)secondary rate limit|abuse");

  private static final Pattern SECRET_QUERY =
      Pattern.compile("(?i)([?&](?:access_token|token|client_secret)=)[^&#]*");

  /** {@code user:password@} in a URL such as {@code http://u:p@host/}: credentials, never shown. */
  private static final Pattern USER_INFO =
      Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@");

  private static final Duration SECONDARY_FIRST_WAIT = Duration.ofMinutes(1);
  private static final int MAX_REDIRECTS = 5;
  private static final int MAX_MESSAGE = 200;

  /**
   * An ETag worth keeping: visible ASCII and spaces, as long as a sane one (GitHub's are about 70).
   */
  private static final Pattern USABLE_ETAG = Pattern.compile("[\\x20-\\x7e]{1,512}");

  private final URI apiUrl;
  private final TokenSource token;
  private final RetryPolicy retryPolicy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Duration timeout;
  private final Duration maxWait;
  private final long maxResponseBytes;
  private final ApiListener listener;
  private final String userAgent;
  private final HttpClient http;
  private final Redaction redaction;

  private Duration waited = Duration.ZERO;
  private int requests;
  private int notModified;
  private RateLimit lastRateLimit;

  private GithubClient(Builder b) {
    this.apiUrl = b.apiUrl;
    this.token = b.token;
    this.retryPolicy = b.retryPolicy;
    this.sleeper = b.sleeper;
    this.clock = b.clock;
    this.timeout = b.timeout;
    this.maxWait = b.maxWait;
    this.maxResponseBytes = b.maxResponseBytes;
    this.listener = b.listener;
    this.userAgent = b.userAgent;
    this.redaction = Redaction.of(token);
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * A builder for a client of {@code apiUrl} ({@code https://api.github.com}, {@code
   * https://HOST/api/v3}, or a test server); anonymous, default retries, real sleeps, 30 s timeout
   * per request (body included), 15 minutes of rate-limit waits at most, 32 MiB per response at
   * most.
   */
  public static Builder builder(URI apiUrl) {
    return new Builder(apiUrl);
  }

  /** The API's base URL, without a trailing slash. */
  public URI apiUrl() {
    return apiUrl;
  }

  /** Where the token came from ({@link TokenSource#origin()}), for messages. */
  public TokenSource token() {
    return token;
  }

  /**
   * The URL of {@code pathAndQuery} under the API's base URL: {@code /repos/o/n/issues?state=all}
   * under {@code https://HOST/api/v3} is {@code https://HOST/api/v3/repos/o/n/issues?state=all}.
   */
  public URI resolve(String pathAndQuery) {
    Objects.requireNonNull(pathAndQuery, "pathAndQuery");
    String base = apiUrl.toString();
    return URI.create(base + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
  }

  /** How many HTTP requests were sent so far, retries and 304s included. */
  public int requests() {
    return requests;
  }

  /** How many requests were answered 304 Not Modified. */
  public int notModifiedResponses() {
    return notModified;
  }

  /** How long the client waited for rate limits so far (retry backoffs not included). */
  public Duration waited() {
    return waited;
  }

  /** The rate limit the latest response stated. */
  public Optional<RateLimit> lastRateLimit() {
    return Optional.ofNullable(lastRateLimit);
  }

  /**
   * GETs one page.
   *
   * @param uri an absolute URL on the API's origin, usually from {@link #resolve} or {@link
   *     ApiPage#next()}
   * @param etagOrNull the ETag of an earlier response of the same URL, to ask "changed since?"
   * @return a 2xx page, or a {@link ApiPage#notModified()} page for 304
   * @throws GithubApiException for every other outcome, after retries and waits; its message and
   *     causes never hold the token, whatever the server echoed
   */
  public ApiPage get(URI uri, String etagOrNull) {
    try {
      return fetch(uri, etagOrNull);
    } catch (GithubApiException e) {
      throw redaction.scrub(e);
    }
  }

  private ApiPage fetch(URI uri, String etagOrNull) {
    Objects.requireNonNull(uri, "uri");
    requireApiOrigin(uri, "request");
    URI current = uri;
    int failures = 0;
    int secondaryStrikes = 0;
    int staleResets = 0;
    int redirects = 0;
    while (true) {
      waitIfExhausted(current);
      HttpResponse<byte[]> response;
      String problem;
      try {
        requests++;
        response = send(request(current, etagOrNull));
        problem = null;
      } catch (HttpTimeoutException | TimeoutException e) {
        response = null;
        problem = "no complete response within " + Durations.human(timeout);
      } catch (LimitedBody.TooLargeException e) {
        // Not retried: the same URL would send the same flood again.
        throw new GithubApiException(
            e.status(),
            where(current)
                + ": HTTP "
                + e.status()
                + ": response body larger than the limit of "
                + LimitedBody.size(maxResponseBytes)
                + "; not reading the rest");
      } catch (IOException e) {
        if (protocolError(e)) {
          // A response the client cannot take (headers past its limit, a broken status line) comes
          // the
          // same on every try: five attempts would only add the backoff.
          throw new GithubApiException(
              0,
              where(current)
                  + ": the server's response is not valid HTTP ("
                  + token.redact(describe(protocolCause(e)))
                  + "); not retried",
              e);
        }
        response = null;
        problem = "connection failed (" + describe(e) + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GithubApiException(0, where(current) + ": interrupted", e);
      }
      if (response != null) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        Optional<RateLimit> rate = RateLimit.from(headers, token);
        rate.ifPresent(r -> lastRateLimit = r);
        listener.responded(where(current), status, rate);
        if (status >= 200 && status < 300) {
          URI next = LinkHeader.parse(headers.firstValue("link").orElse(null)).next().orElse(null);
          if (next != null) {
            requireApiOrigin(next, "next page (Link header)");
            if (PageWalk.key(next).equals(PageWalk.key(current))) {
              // The shortest loop, caught here for every caller; longer ones need a PageWalk.
              throw new GithubApiException(
                  status,
                  where(current)
                      + ": the next page (Link rel=\"next\") is this page again; stopping instead of paging in a loop");
            }
          }
          return new ApiPage(
              current, status, response.body(), next, etag(headers, null), maxResponseBytes, token);
        }
        if (status == 304) {
          notModified++;
          // A 304 after a redirect names the redirected URL too: it needs the token's redaction as
          // much as a 200.
          return new ApiPage(
              current,
              status,
              new byte[0],
              null,
              etag(headers, etagOrNull),
              maxResponseBytes,
              token);
        }
        if (status == 301 || status == 302 || status == 307 || status == 308) {
          current = redirect(current, status, headers, ++redirects);
          continue;
        }
        // Servers and proxies may echo request headers: never let the token through into a message.
        String message = token.redact(githubMessage(response.body()));
        if (status == 403 || status == 429) {
          Optional<Duration> wait =
              rateLimitWait(status, headers, rate, message, secondaryStrikes, staleResets);
          if (wait.isPresent()) {
            boolean primary = rate.isPresent() && rate.get().exhausted();
            if (!primary) {
              secondaryStrikes++;
            } else if (!rate.get().reset().isAfter(clock.instant())) {
              staleResets++;
            }
            String reason =
                primary
                    ? "primary rate limit ("
                        + rate.get().resource()
                        + ") exhausted, resets at "
                        + rate.get().reset()
                    : "secondary rate limit (HTTP " + status + ")";
            pause(current, status, wait.get(), reason);
            if (primary) {
              lastRateLimit = null; // the wait covered it
            }
            continue;
          }
        }
        if (status >= 500) {
          problem = "HTTP " + status + describeMessage(message);
        } else {
          throw failure(current, status, message);
        }
      }
      failures++;
      if (!retryPolicy.retriesAfter(failures)) {
        throw new GithubApiException(
            response == null ? 0 : response.statusCode(),
            where(current) + ": " + problem + "; gave up after " + failures + " attempts");
      }
      Duration backoff = retryPolicy.backoff(failures);
      listener.retrying(where(current), failures, token.redact(problem), backoff);
      sleep(current, backoff);
    }
  }

  /**
   * One exchange, connecting, headers and body, within {@code timeout}: {@code HttpRequest.timeout}
   * alone bounds only the wait for the headers, so the whole exchange is awaited with a deadline
   * and cancelled (its connection closed) when it passes.
   */
  private HttpResponse<byte[]> send(HttpRequest request)
      throws IOException, InterruptedException, TimeoutException {
    CompletableFuture<HttpResponse<byte[]>> exchange =
        http.sendAsync(request, LimitedBody.handler(maxResponseBytes));
    try {
      return exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      for (Throwable t = cause; t != null; t = t.getCause()) {
        if (t instanceof LimitedBody.TooLargeException tooLarge) {
          throw tooLarge;
        }
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      // Whatever else the HTTP stack fails with on a response it cannot take is a broken exchange.
      throw new IOException(cause == null ? "exchange failed" : cause.toString(), cause);
    } finally {
      exchange.cancel(true); // a no-op when it completed; else aborts the exchange
    }
  }

  private HttpRequest request(URI uri, String etagOrNull) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(timeout)
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("User-Agent", userAgent);
    token.authorization().ifPresent(value -> request.header("Authorization", value));
    if (usableEtag(etagOrNull)) {
      request.header("If-None-Match", etagOrNull);
    }
    return request.build();
  }

  /** Before a request: when the last response said the limit is used up, wait for its reset. */
  private void waitIfExhausted(URI uri) {
    if (lastRateLimit != null
        && lastRateLimit.exhausted()
        && clock.instant().isBefore(lastRateLimit.reset())) {
      RateLimit limit = lastRateLimit;
      pause(
          uri,
          0,
          limit.waitAt(clock.instant()),
          "primary rate limit (" + limit.resource() + ") exhausted, resets at " + limit.reset());
      lastRateLimit = null;
    }
  }

  /**
   * The response's ETag when it can be sent back in {@code If-None-Match} and stored: never one
   * that is not a header value, absurdly long, or that holds the token (a server echoing it would
   * otherwise put it into the sync checkpoint).
   */
  private String etag(HttpHeaders headers, String fallback) {
    String etag = headers.firstValue("etag").orElse(fallback);
    return usableEtag(etag) && !token.appearsIn(etag) ? etag : null;
  }

  private static boolean usableEtag(String etag) {
    return etag != null && !etag.isBlank() && USABLE_ETAG.matcher(etag).matches();
  }

  private Optional<Duration> rateLimitWait(
      int status,
      HttpHeaders headers,
      Optional<RateLimit> rate,
      String message,
      int strikes,
      int staleResets) {
    Optional<Duration> retryAfter = RetryAfter.from(headers);
    if (retryAfter.isPresent()) {
      return retryAfter;
    }
    if (rate.isPresent() && rate.get().exhausted()) {
      if (!rate.get().reset().isAfter(clock.instant())) {
        // "Exhausted, resets in the past" again and again: a broken clock or server. Waiting one
        // second
        // each time would cost a request a second for the whole maximum wait; double the wait
        // instead.
        return Optional.of(Duration.ofSeconds(1L << Math.min(staleResets, 20)));
      }
      return Optional.of(rate.get().waitAt(clock.instant()));
    }
    if (status == 429 || SECONDARY.matcher(message).find()) {
      return Optional.of(SECONDARY_FIRST_WAIT.multipliedBy(1L << Math.min(strikes, 6)));
    }
    return Optional.empty();
  }

  private void pause(URI uri, int status, Duration wait, String reason) {
    // Compared as what is left, so that no sum of waits can overflow whatever maxWait is.
    if (wait.compareTo(maxWait.minus(waited)) > 0) {
      throw new RateLimitWaitException(
          status,
          where(uri)
              + ": "
              + reason
              + "; waiting "
              + Durations.human(wait)
              + " would exceed the maximum wait of "
              + Durations.human(maxWait)
              + (waited.isZero() ? "" : " (" + Durations.human(waited) + " already waited)"),
          wait);
    }
    listener.waiting(wait, reason);
    sleep(uri, wait);
    waited = waited.plus(wait);
  }

  private void sleep(URI uri, Duration duration) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GithubApiException(0, where(uri) + ": interrupted while waiting", e);
    }
  }

  private URI redirect(URI from, int status, HttpHeaders headers, int count) {
    String location =
        headers
            .firstValue("location")
            .orElseThrow(
                () ->
                    new GithubApiException(
                        status, where(from) + ": redirect without a Location header"));
    if (count > MAX_REDIRECTS) {
      throw new GithubApiException(
          status, where(from) + ": more than " + MAX_REDIRECTS + " redirects");
    }
    URI to;
    try {
      to = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      throw new GithubApiException(
          status,
          where(from)
              + ": HTTP "
              + status
              + ": redirect to an unreadable Location ("
              + JsonSnippet.cut(location)
              + ")");
    }
    requireApiOrigin(to, "redirect");
    return to;
  }

  private GithubApiException failure(URI uri, int status, String message) {
    String prefix = where(uri) + ": HTTP " + status;
    return switch (status) {
      case 401 ->
          new GithubApiException(
              status,
              prefix
                  + ": GitHub rejected the token from "
                  + token.origin()
                  + describeMessage(message)
                  + "; check that it is valid and not expired");
      case 404 ->
          new GithubApiException(
              status,
              prefix
                  + ": not found"
                  + (token.isPresent()
                      ? " (or the token from " + token.origin() + " cannot see it)"
                      : " (or it is private and needs a token)"));
      case 403 -> new GithubApiException(status, prefix + ": forbidden" + describeMessage(message));
      default -> new GithubApiException(status, prefix + describeMessage(message));
    };
  }

  private void requireApiOrigin(URI uri, String what) {
    if (uri.getPort() > 65535) {
      // Not a passing failure: retrying it five times would only add the backoff.
      throw new GithubApiException(
          0, where(uri) + ": port " + uri.getPort() + " is not a port (1-65535)");
    }
    if (!uri.isAbsolute()
        || !Objects.equals(lower(uri.getScheme()), lower(apiUrl.getScheme()))
        || !Objects.equals(lower(uri.getHost()), lower(apiUrl.getHost()))
        || port(uri) != port(apiUrl)) {
      throw new GithubApiException(
          0,
          where(uri)
              + ": "
              + what
              + " leaves the API at "
              + apiUrl
              + "; not following it (the token is only sent to the API)");
    }
  }

  /**
   * {@link #display}, without the token should a server have put it into a URL (a Link, a
   * redirect).
   */
  private String where(URI uri) {
    return token.redact(display(uri));
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** GitHub's {@code message} from an error body, or "" when there is none. */
  private static String githubMessage(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    try {
      JsonNode root = Json.MAPPER.readTree(body);
      JsonNode message = root == null ? null : root.get("message");
      return message != null && message.isTextual() ? message.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String describeMessage(String message) {
    if (message.isBlank()) {
      return "";
    }
    String one = message.replaceAll("\\s+", " ").strip();
    return " (" + (one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "..." : one) + ")";
  }

  private static boolean protocolError(IOException e) {
    return protocolCause(e) instanceof java.net.ProtocolException;
  }

  /** The {@link java.net.ProtocolException} in {@code e}'s causes, else {@code e}. */
  private static IOException protocolCause(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ProtocolException p) {
        return p;
      }
    }
    return e;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message);
  }

  /**
   * A URL as messages and progress show it: as requested, with the values of any {@code
   * access_token}, {@code token} or {@code client_secret} query parameters replaced by {@code ***}.
   */
  public static String display(URI uri) {
    return USER_INFO
        .matcher(SECRET_QUERY.matcher(uri.toString()).replaceAll("$1***"))
        .replaceFirst("$1***@");
  }

  /**
   * Releases the HTTP client. Exchanges that a deadline or the size limit cancelled may still be
   * winding down; they are aborted rather than awaited, so closing never waits on a hostile server.
   */
  @Override
  public void close() {
    http.shutdownNow();
    try {
      http.awaitTermination(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Configures a {@link GithubClient}. */
  public static final class Builder {
    /** The longest {@link #timeout} there is: a day. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(1);

    private final URI apiUrl;
    private TokenSource token = TokenSource.none();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();
    private Duration timeout = Duration.ofSeconds(30);
    private Duration maxWait = Duration.ofMinutes(15);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private ApiListener listener = ApiListener.NONE;
    private String userAgent = "devpulse";

    private Builder(URI apiUrl) {
      Objects.requireNonNull(apiUrl, "apiUrl");
      String scheme = lower(apiUrl.getScheme());
      if (!("https".equals(scheme) || "http".equals(scheme))
          || apiUrl.getHost() == null
          || apiUrl.getRawQuery() != null
          || apiUrl.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "API URL (" + apiUrl + ") must be http(s)://HOST[:PORT][/PATH] without query");
      }
      String text = apiUrl.toString();
      this.apiUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    public Builder token(TokenSource v) {
      token = Objects.requireNonNull(v, "token");
      return this;
    }

    public Builder retryPolicy(RetryPolicy v) {
      retryPolicy = Objects.requireNonNull(v, "retryPolicy");
      return this;
    }

    public Builder sleeper(Sleeper v) {
      sleeper = Objects.requireNonNull(v, "sleeper");
      return this;
    }

    public Builder clock(Clock v) {
      clock = Objects.requireNonNull(v, "clock");
      return this;
    }

    public Builder listener(ApiListener v) {
      listener = Objects.requireNonNull(v, "listener");
      return this;
    }

    public Builder userAgent(String v) {
      userAgent = Objects.requireNonNull(v, "userAgent");
      return this;
    }

    /**
     * How long one request may take, from connecting to the body's last byte (the CLI's {@code
     * --timeout}); a request that takes longer is cancelled and retried like any timeout. More than
     * {@link #MAX_TIMEOUT} is read as {@link #MAX_TIMEOUT} (the HTTP client overflows on
     * centuries).
     */
    public Builder timeout(Duration v) {
      Objects.requireNonNull(v, "timeout");
      if (v.isNegative() || v.isZero()) {
        throw new IllegalArgumentException("timeout (" + v + ") must be positive");
      }
      timeout = v.compareTo(MAX_TIMEOUT) > 0 ? MAX_TIMEOUT : v;
      return this;
    }

    /** How long rate limits may make the client wait in all before it gives up. */
    public Builder maxWait(Duration v) {
      Objects.requireNonNull(v, "maxWait");
      if (v.isNegative()) {
        throw new IllegalArgumentException("maxWait (" + v + ") must not be negative");
      }
      maxWait = v;
      return this;
    }

    /**
     * How large one response's body may be ({@link #DEFAULT_MAX_RESPONSE_BYTES} unless set); a
     * larger one is cancelled at the limit and fails the request without a retry.
     */
    public Builder maxResponseBytes(long v) {
      if (v < 1 || v > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "maxResponseBytes (" + v + ") must be between 1 and " + (Integer.MAX_VALUE - 8));
      }
      maxResponseBytes = v;
      return this;
    }

    public GithubClient build() {
      return new GithubClient(this);
    }
  }
}
