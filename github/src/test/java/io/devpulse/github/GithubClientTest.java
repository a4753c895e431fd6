package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.github.LocalServer.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class GithubClientTest {
  private static final String TOKEN = "ghp_TestTokenThatMustNeverBePrinted123";
  private static final Instant NOW = Instant.parse("2025-12-10T12:00:00Z");
  private static final String ISSUES = "/repos/octo/hello/issues";
  private static final String PAGE = "[" + Inputs.ISSUE + "]";

  private final LocalServer server = LocalServer.start();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<String> events = new ArrayList<>();
  private final ApiListener listener =
      new ApiListener() {
        @Override
        public void waiting(Duration duration, String reason) {
          events.add("wait " + duration.toSeconds() + "s: " + reason);
        }

        @Override
        public void retrying(String url, int attempt, String problem, Duration backoff) {
          events.add("retry " + attempt + " in " + backoff.toSeconds() + "s: " + problem);
        }
      };

  @AfterEach
  void stop() {
    server.close();
  }

  private GithubClient.Builder builder() {
    return GithubClient.builder(server.url())
        .token(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", TOKEN)))
        .sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .listener(listener)
        .timeout(Duration.ofSeconds(5));
  }

  private GithubClient client() {
    return builder().build();
  }

  private static Response limited(int status, long remaining, Instant reset, String message) {
    return Response.status(status, "{\"message\":\"" + message + "\"}")
        .header("X-RateLimit-Limit", "5000")
        .header("X-RateLimit-Remaining", String.valueOf(remaining))
        .header("X-RateLimit-Reset", String.valueOf(reset.getEpochSecond()))
        .header("X-RateLimit-Resource", "core");
  }

  private URI issues() {
    return server.url(ISSUES + "?state=all");
  }

  @Test
  void followsLinkHeadersAndSendsTheTokenOnlyInTheAuthorizationHeader() throws Exception {
    server.on(
        ISSUES,
        r -> {
          if (r.pathAndQuery().endsWith("page=2")) {
            return Response.json("[" + Inputs.ISSUE_PR + "]");
          }
          return Response.json(PAGE)
              .header(
                  "Link",
                  "<"
                      + server.url(ISSUES + "?state=all&page=2")
                      + ">; rel=\"next\", <"
                      + server.url(ISSUES + "?state=all&page=2")
                      + ">; rel=\"last\"");
        });

    List<Integer> numbers = new ArrayList<>();
    try (GithubClient client = client()) {
      for (URI next = issues(); next != null; ) {
        ApiPage page = client.get(next, null);
        page.readRecords(ReadOptions.defaults())
            .forEach(r -> numbers.add(((io.devpulse.model.Item) r.entity()).number()));
        next = page.next().orElse(null);
      }
      assertThat(client.requests()).isEqualTo(2);
    }

    assertThat(numbers).containsExactly(1, 2);
    LocalServer.Request first = server.requests().get(0);
    assertThat(first.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(first.header("Accept")).isEqualTo("application/vnd.github+json");
    assertThat(first.header("User-Agent")).isEqualTo("devpulse");
    assertThat(first.pathAndQuery()).doesNotContain(TOKEN);
    assertThat(server.requests().get(1).pathAndQuery()).isEqualTo(ISSUES + "?state=all&page=2");
  }

  @Test
  void anExhaustedLimitWhoseResetIsPastCostsFewRequestsNotOneASecond() {
    // a server that keeps saying "0 left, resets an hour ago" (issue #24: 901 requests in 15
    // minutes)
    server.on(ISSUES, r -> limited(403, 0, NOW.minusSeconds(3600), "API rate limit exceeded"));

    try (GithubClient client = builder().maxWait(Duration.ofMinutes(15)).build()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(RateLimitWaitException.class);
    }

    assertThat(server.requests().size()).as("requests").isLessThanOrEqualTo(12);
  }

  @Test
  void aPortBeyond65535FailsAtOnceWithoutRetries() {
    try (GithubClient client =
        GithubClient.builder(URI.create("http://127.0.0.1:99999"))
            .sleeper(sleeper)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .timeout(Duration.ofSeconds(2))
            .build()) {
      assertThatThrownBy(
              () -> client.get(URI.create("http://127.0.0.1:99999/repos/o/r/issues"), null))
          .isInstanceOf(GithubApiException.class)
          .hasMessage(
              "http://127.0.0.1:99999/repos/o/r/issues: port 99999 is not a port (1-65535)");
      assertThat(client.requests()).isZero();
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void a431IsNotRetried() {
    server.on(
        ISSUES, r -> Response.status(431, "{\"message\":\"Request Header Fields Too Large\"}"));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(GithubApiException.class)
          .hasMessageContaining("431");
      assertThat(client.requests()).isEqualTo(1);
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void headersTooLargeForTheClientAreNotRetried() {
    // what a 431-like flood of headers does to the JDK's client: a protocol error, the same on
    // every try
    server.on(ISSUES, r -> Response.json("[]").header("X-Flood", "x".repeat(1_000_000)));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null)).isInstanceOf(GithubApiException.class);
      assertThat(client.requests()).isEqualTo(1);
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anonymousRequestsCarryNoAuthorizationHeader() {
    server.on(ISSUES, r -> Response.json("[]"));

    try (GithubClient client = builder().token(TokenSource.none()).build()) {
      client.get(issues(), null);
    }

    assertThat(server.requests().get(0).header("Authorization")).isNull();
  }

  @Test
  void exhaustedPrimaryLimitWaitsUntilTheResetThenResumes() {
    server.onSequence(
        ISSUES,
        limited(403, 0, NOW.plusSeconds(30), "API rate limit exceeded for user ID 1."),
        Response.json(PAGE));

    try (GithubClient client = client()) {
      ApiPage page = client.get(issues(), null);
      assertThat(page.status()).isEqualTo(200);
      assertThat(client.waited()).isEqualTo(Duration.ofSeconds(31));
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(31));
    assertThat(events)
        .containsExactly(
            "wait 31s: primary rate limit (core) exhausted, resets at 2025-12-10T12:00:30Z");
  }

  @Test
  void aLastRequestOfTheWindowMakesTheNextRequestWaitForTheReset() {
    server.onSequence(
        ISSUES,
        Response.json(PAGE)
            .header("X-RateLimit-Remaining", "0")
            .header("X-RateLimit-Reset", String.valueOf(NOW.plusSeconds(9).getEpochSecond())),
        Response.json(PAGE));

    try (GithubClient client = client()) {
      client.get(issues(), null);
      assertThat(sleeper.waits()).isEmpty();
      client.get(issues(), null);
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(10));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void secondaryLimitWaitsRetryAfterSeconds() {
    server.onSequence(
        ISSUES,
        limited(403, 4000, NOW.plusSeconds(3000), "You have exceeded a secondary rate limit.")
            .header("Retry-After", "7"),
        Response.json(PAGE));

    try (GithubClient client = client()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(events).containsExactly("wait 7s: secondary rate limit (HTTP 403)");
  }

  @Test
  void secondaryLimitWithoutRetryAfterWaitsAMinuteThenTwo() {
    Response secondary =
        Response.status(
            403,
            "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes.\"}");
    server.onSequence(ISSUES, secondary, secondary, Response.json(PAGE));

    try (GithubClient client = client()) {
      client.get(issues(), null);
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2));
  }

  @Test
  void tooManyRequestsWithoutHeadersIsASecondaryLimit() {
    server.onSequence(ISSUES, Response.status(429, ""), Response.json(PAGE));

    try (GithubClient client = client()) {
      client.get(issues(), null);
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofMinutes(1));
  }

  @Test
  void givesUpWhenTheResetIsFurtherAwayThanMaxWait() {
    server.on(ISSUES, r -> limited(403, 0, NOW.plusSeconds(3599), "API rate limit exceeded"));

    try (GithubClient client = builder().maxWait(Duration.ofMinutes(10)).build()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(RateLimitWaitException.class)
          .hasMessage(
              issues()
                  + ": primary rate limit (core) exhausted, resets at 2025-12-10T12:59:59Z;"
                  + " waiting 1h 0m would exceed the maximum wait of 10m")
          .satisfies(
              e ->
                  assertThat(((RateLimitWaitException) e).refusedWait())
                      .isEqualTo(Duration.ofSeconds(3600)));
    }

    assertThat(sleeper.waits()).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void maxWaitCountsAllWaitsTogether() {
    server.on(ISSUES, r -> Response.status(429, "").header("Retry-After", "40"));

    try (GithubClient client = builder().maxWait(Duration.ofSeconds(100)).build()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(RateLimitWaitException.class)
          .hasMessageEndingWith(
              "secondary rate limit (HTTP 429); waiting 40s would exceed the maximum"
                  + " wait of 1m 40s (1m 20s already waited)");
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(40), Duration.ofSeconds(40));
  }

  @Test
  void anAbsurdResetIsARateLimitWaitNotAnInternalError() {
    server.on(
        ISSUES,
        r ->
            Response.status(403, "{\"message\":\"API rate limit exceeded\"}")
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", "9223372036854775807"));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(RateLimitWaitException.class)
          .hasMessageStartingWith(
              issues()
                  + ": primary rate limit (core) exhausted, resets at 9999-12-31T23:59:59Z;"
                  + " waiting ")
          .hasMessageEndingWith(" would exceed the maximum wait of 15m");
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void anAbsurdResetOnASuccessStopsTheNextRequestCleanly() {
    server.on(
        ISSUES,
        r ->
            Response.json(PAGE)
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", "9223372036854775807"));

    try (GithubClient client = client()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(RateLimitWaitException.class);
    }
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void anAbsurdRetryAfterIsARateLimitWaitNotAnOverflow() {
    server.on(ISSUES, r -> Response.status(429, "").header("Retry-After", "9223372036854775807"));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(RateLimitWaitException.class)
          .hasMessage(
              issues()
                  + ": secondary rate limit (HTTP 429); waiting 24h 0m would exceed the maximum"
                  + " wait of 15m");
    }
  }

  @Test
  void retryAfterWaitsAddUpWithoutOverflowUnderAHugeMaxWait() {
    server.onSequence(
        ISSUES,
        Response.status(429, "").header("Retry-After", "9223372036854775807"),
        Response.json(PAGE));

    try (GithubClient client = builder().maxWait(Duration.ofSeconds(Long.MAX_VALUE)).build()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofDays(1));
  }

  @Test
  void aRedirectToAnUnreadableLocationIsAClearError() {
    server.on(ISSUES, r -> Response.status(302, "").header("Location", "http://[::1"));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isExactlyInstanceOf(GithubApiException.class)
          .hasMessage(issues() + ": HTTP 302: redirect to an unreadable Location (http://[::1)");
    }
  }

  @Test
  void anEtagThatCannotOrMustNotBeSentBackIsDropped() {
    server.onSequence(
        ISSUES,
        Response.json(PAGE).header("ETag", "W/\"" + TOKEN + "\""),
        Response.json(PAGE).header("ETag", "\"" + "e".repeat(2000) + "\""),
        Response.json(PAGE));

    try (GithubClient client = client()) {
      assertThat(client.get(issues(), null).etag()).isEmpty();
      assertThat(client.get(issues(), null).etag()).isEmpty();
      assertThat(client.get(issues(), "\"bad\u0001\"\n").status()).isEqualTo(200);
    }
    assertThat(server.requests().get(2).header("If-None-Match")).isNull();
  }

  @Test
  void serverErrorIsRetriedAfterABackoff() {
    server.onSequence(
        ISSUES, Response.status(500, "{\"message\":\"Server Error\"}"), Response.json(PAGE));

    try (GithubClient client = client()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
      assertThat(client.requests()).isEqualTo(2);
    }

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    assertThat(events).containsExactly("retry 1 in 1s: HTTP 500 (Server Error)");
  }

  @Test
  void persistentServerErrorsGiveUpAfterTheLastAttemptWithTheUrl() {
    server.on(ISSUES, r -> Response.status(502, ""));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(GithubApiException.class)
          .hasMessage(issues() + ": HTTP 502; gave up after 5 attempts");
    }

    assertThat(sleeper.waits())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8));
  }

  @Test
  void aTimeoutIsRetried() {
    server.onSequence(
        ISSUES, Response.json(PAGE).delayed(Duration.ofSeconds(3)), Response.json(PAGE));

    try (GithubClient client = builder().timeout(Duration.ofMillis(300)).build()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
    }

    assertThat(events).containsExactly("retry 1 in 1s: no complete response within 300ms");
  }

  @Test
  @Timeout(20)
  void aTricklingBodyIsCutAtTheDeadlineNotWaitedFor() {
    // Headers at once, then a byte every 2 s: HttpRequest.timeout alone would wait 1,000 s for this
    // page.
    server.on(ISSUES, r -> Response.json(PAGE).trickled(1, Duration.ofSeconds(2)));
    long start = System.nanoTime();

    try (GithubClient client =
        builder()
            .timeout(Duration.ofMillis(500))
            .retryPolicy(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(1)))
            .build()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isExactlyInstanceOf(GithubApiException.class)
          .hasMessage(issues() + ": no complete response within 500ms; gave up after 2 attempts");
    }

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(events).containsExactly("retry 1 in 1s: no complete response within 500ms");
  }

  @Test
  @Timeout(30)
  void anEndlessBodyStopsAtTheSizeLimitWithoutARetry() {
    server.on(ISSUES, r -> Response.json(PAGE).endless());

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isExactlyInstanceOf(GithubApiException.class)
          .hasMessage(
              issues()
                  + ": HTTP 200: response body larger than the limit of 32 MiB; not reading the rest")
          .satisfies(e -> assertThat(((GithubApiException) e).status()).isEqualTo(200));
      assertThat(client.requests()).isEqualTo(1);
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void theSizeLimitIsConfigurableAndADeclaredLengthOverItIsRefusedUpFront() {
    server.on(
        ISSUES, r -> Response.json("[" + (Inputs.ISSUE + ",").repeat(20) + Inputs.ISSUE + "]"));

    try (GithubClient client = builder().maxResponseBytes(4096).build()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .hasMessage(
              issues()
                  + ": HTTP 200: response body larger than the limit of 4 KiB; not reading the rest");
    }
    try (GithubClient client = builder().maxResponseBytes(1 << 20).build()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
    }
    assertThatThrownBy(() -> builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes (0) must be between 1 and 2147483639");
  }

  @Test
  void anAbsurdTimeoutIsNoDeadlineRatherThanAnOverflow() {
    server.on(ISSUES, r -> Response.json(PAGE));

    try (GithubClient client = builder().timeout(Duration.ofSeconds(Long.MAX_VALUE)).build()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
    }
  }

  @Test
  void aBodyCutShortIsRetried() {
    server.onSequence(ISSUES, Response.json(PAGE).cutAfter(10), Response.json(PAGE));

    try (GithubClient client = client()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
      assertThat(client.requests()).isEqualTo(2);
    }
    assertThat(events).singleElement().asString().startsWith("retry 1 in 1s: connection failed (");
  }

  @Test
  void droppedConnectionsAreRetried() {
    // java.net.http itself retries an idempotent request once; the client's retries cover the rest.
    server.onSequence(
        ISSUES,
        Response.dropConnection(),
        Response.dropConnection(),
        Response.dropConnection(),
        Response.dropConnection(),
        Response.json(PAGE));

    try (GithubClient client = client()) {
      assertThat(client.get(issues(), null).status()).isEqualTo(200);
    }

    assertThat(events)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e).contains(": connection failed ("));
    assertThat(server.requests()).hasSize(5);
  }

  @Test
  void rejectedTokenSaysWhereTheTokenCameFromWithoutPrintingIt() {
    server.on(ISSUES, r -> Response.status(401, "{\"message\":\"Bad credentials\"}"));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(GithubApiException.class)
          .hasMessage(
              issues()
                  + ": HTTP 401: GitHub rejected the token from GITHUB_TOKEN (Bad credentials);"
                  + " check that it is valid and not expired")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
    }

    assertThat(server.requests()).hasSize(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  /**
   * Every message in {@code e} and its causes and suppressed exceptions, as --verbose prints them.
   */
  private static String allMessages(Throwable e) {
    java.io.StringWriter out = new java.io.StringWriter();
    e.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Test
  void aSuccessEchoingTheTokenInMalformedJsonFailsWithoutPrintingIt() {
    server.on(
        ISSUES,
        r ->
            Response.json(
                "[{\"number\": 1, \"title\": "
                    + r.header("Authorization").substring("Bearer ".length())
                    + "}]"));

    try (GithubClient client = client()) {
      ApiPage page = client.get(issues(), null);
      assertThatThrownBy(() -> page.readRecords(ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessageStartingWith(issues() + ":1:")
          .hasMessageContaining(
              "malformed JSON: Unrecognized token 'REDACTED'") // the mask's brackets are JSON
          .satisfies(e -> assertThat(allMessages(e)).doesNotContain(TOKEN));
    }
  }

  @Test
  void aSuccessEchoingTheTokenInAFieldOfTheWrongTypeFailsWithoutPrintingIt() {
    server.on(
        ISSUES, r -> Response.json(PAGE.replace("\"number\":1", "\"number\":\"" + TOKEN + "\"")));
    server.on("/files", r -> Response.json("{\"filename\":\"" + TOKEN + "\"}"));

    try (GithubClient client = client()) {
      ApiPage page = client.get(issues(), null);
      assertThatThrownBy(() -> page.readRecords(ReadOptions.defaults()))
          .isInstanceOf(BadInputException.class)
          .hasMessageEndingWith(
              ": record 1: field 'number': expected a positive integer, got \"[REDACTED]\"")
          .satisfies(e -> assertThat(allMessages(e)).doesNotContain(TOKEN));
      ApiPage files = client.get(server.url("/files"), null);
      assertThatThrownBy(files::readFilenames)
          .hasMessage(
              server.url("/files")
                  + ": expected a JSON array of changed files, got {\"filename\":\"[REDACTED]\"}")
          .satisfies(e -> assertThat(allMessages(e)).doesNotContain(TOKEN));
    }
  }

  @Test
  void aTokenEchoedIntoRecordsIsMaskedBeforeTheyAreReturned() throws Exception {
    // As is in the title, JSON-escaped in the body, Base64 (as in Basic authentication) in a label,
    // as a field name, and in a file name.
    String escaped =
        TOKEN
            .chars()
            .mapToObj(c -> String.format("\\u%04x", c))
            .collect(java.util.stream.Collectors.joining());
    String base64 =
        java.util.Base64.getEncoder()
            .encodeToString(TOKEN.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    server.on(
        ISSUES,
        r ->
            Response.json(
                PAGE.replace(
                        "\"title\":\"Crash on start\"",
                        "\"title\":\"Crash: " + r.header("Authorization") + "\"")
                    .replace(
                        "\"body\":null",
                        "\"body\":\"token=" + escaped + "\", \"x_" + TOKEN + "\": 1")
                    .replace("\"name\":\"bug\"", "\"name\":\"" + base64 + "\"")));
    server.on("/files", r -> Response.json("[{\"filename\":\"" + TOKEN + ".py\"}]"));

    try (GithubClient client = client()) {
      ParsedRecord record = client.get(issues(), null).readRecords(ReadOptions.defaults()).get(0);
      io.devpulse.model.Item item = (io.devpulse.model.Item) record.entity();

      assertThat(item.title()).isEqualTo("Crash: Bearer [REDACTED]");
      assertThat(item.body()).isEqualTo("token=[REDACTED]");
      assertThat(item.labels()).containsExactly("[REDACTED]");
      assertThat(record.json())
          .doesNotContain(TOKEN)
          .doesNotContain(base64)
          .contains("\"x_[REDACTED]\":1");
      assertThat(record.toString()).doesNotContain(TOKEN);
      assertThat(client.get(server.url("/files"), null).readFilenames())
          .containsExactly("[REDACTED].py");
    }
  }

  @Test
  void aTokenInANextLinkIsNotPrinted() {
    server.on(
        ISSUES,
        r ->
            Response.json(PAGE)
                .header("Link", "<" + server.url("/gone?sig=" + TOKEN) + ">; rel=\"next\""));
    List<String> responded = new ArrayList<>();
    ApiListener urls =
        new ApiListener() {
          @Override
          public void responded(String url, int status, Optional<RateLimit> rateLimit) {
            responded.add(url);
          }
        };

    try (GithubClient client = builder().listener(urls).build()) {
      ApiPage first = client.get(issues(), null);
      URI next = first.next().orElseThrow();
      assertThatThrownBy(() -> client.get(next, null))
          .hasMessage(
              server.url("/gone?sig=[REDACTED]")
                  + ": HTTP 404: not found (or the token from GITHUB_TOKEN"
                  + " cannot see it)");
    }
    assertThat(responded).hasSize(2).noneMatch(url -> url.contains(TOKEN));
  }

  @Test
  void missingRepositoryIsNotFound() {
    try (GithubClient client = builder().token(TokenSource.none()).build()) {
      assertThatThrownBy(() -> client.get(server.url("/repos/octo/nope/issues"), null))
          .isInstanceOf(GithubApiException.class)
          .hasMessage(
              server.url("/repos/octo/nope/issues")
                  + ": HTTP 404: not found (or it is private and needs a token)");
    }
  }

  @Test
  void forbiddenWithoutRateLimitIsAnErrorNotAWait() {
    server.on(
        ISSUES,
        r -> limited(403, 4999, NOW.plusSeconds(60), "Resource not accessible by integration"));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .hasMessage(issues() + ": HTTP 403: forbidden (Resource not accessible by integration)");
    }

    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void etagMakesAConditionalRequestAndA304IsNotModified() {
    server.on(
        ISSUES,
        r ->
            "\"v1\"".equals(r.header("If-None-Match"))
                ? Response.status(304, "")
                : Response.json(PAGE).header("ETag", "\"v1\""));

    try (GithubClient client = client()) {
      ApiPage first = client.get(issues(), null);
      ApiPage second = client.get(issues(), first.etag().orElseThrow());

      assertThat(first.notModified()).isFalse();
      assertThat(second.notModified()).isTrue();
      assertThat(second.status()).isEqualTo(304);
      assertThat(second.etag()).contains("\"v1\"");
      assertThat(second.next()).isEmpty();
      assertThat(client.notModifiedResponses()).isEqualTo(1);
    }

    assertThat(server.requests().get(1).header("If-None-Match")).isEqualTo("\"v1\"");
  }

  @Test
  void aNextLinkToAnotherHostIsRefusedSoTheTokenStaysHome() {
    server.on(
        ISSUES,
        r ->
            Response.json(PAGE)
                .header("Link", "<https://evil.example/steal?page=2>; rel=\"next\""));

    try (GithubClient client = client()) {
      assertThatThrownBy(() -> client.get(issues(), null))
          .isInstanceOf(GithubApiException.class)
          .hasMessage(
              "https://evil.example/steal?page=2: next page (Link header) leaves the API at "
                  + server.url()
                  + "; not following it (the token is only sent to the API)");
    }
  }

  @Test
  @Timeout(20)
  void aNextLinkToTheSamePageIsAnErrorNotAnEndlessWalk() {
    // The walk callers wrote before PageWalk: this server made it request and store pages forever.
    server.on(ISSUES, r -> Response.json(PAGE).header("Link", "<" + issues() + ">; rel=\"next\""));

    try (GithubClient client = client()) {
      assertThatThrownBy(
              () -> {
                for (URI next = issues(); next != null; ) {
                  next = client.get(next, null).next().orElse(null);
                }
              })
          .isExactlyInstanceOf(GithubApiException.class)
          .hasMessage(
              issues()
                  + ": the next page (Link rel=\"next\") is this page again; stopping instead of"
                  + " paging in a loop");
    }
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void redirectsWithinTheApiAreFollowed() {
    server.on(
        "/repos/octo/old/issues",
        r -> Response.status(301, "").header("Location", ISSUES + "?state=all"));
    server.on(ISSUES, r -> Response.json(PAGE));

    try (GithubClient client = client()) {
      ApiPage page = client.get(server.url("/repos/octo/old/issues?state=all"), null);
      assertThat(page.uri()).isEqualTo(issues());
    }

    assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void a304AfterARedirectThatEchoesTheTokenNamesThePageWithoutIt() {
    // Found by GithubClientFuzzTest: the 304 page named the redirected URL as the server wrote it.
    server.on(
        "/repos/octo/old/issues",
        r -> Response.status(301, "").header("Location", ISSUES + "?t=" + TOKEN));
    server.on(ISSUES, r -> Response.status(304, ""));

    try (GithubClient client = client()) {
      ApiPage page = client.get(server.url("/repos/octo/old/issues"), "\"v1\"");
      assertThat(page.notModified()).isTrue();
      assertThat(page.displayName()).isEqualTo(server.url(ISSUES) + "?t=" + TokenSource.MASK);
    }
  }

  @Test
  void rateLimitOfTheLatestResponseIsKept() {
    server.on(
        ISSUES,
        r ->
            Response.json(PAGE)
                .header("X-RateLimit-Remaining", "4321")
                .header("X-RateLimit-Reset", "1765368000")
                .header("X-RateLimit-Limit", "5000"));

    try (GithubClient client = client()) {
      assertThat(client.lastRateLimit()).isEmpty();
      client.get(issues(), null);
      assertThat(client.lastRateLimit()).map(RateLimit::remaining).isEqualTo(Optional.of(4321L));
    }
  }

  @Test
  void resolvesPathsUnderAnEnterpriseBaseUrl() {
    try (GithubClient client =
        GithubClient.builder(URI.create("https://ghe.example.com/api/v3/")).build()) {
      assertThat(client.resolve("/repos/o/n/issues?state=all"))
          .isEqualTo(URI.create("https://ghe.example.com/api/v3/repos/o/n/issues?state=all"));
    }
  }

  @Test
  void rejectsAnApiUrlThatIsNotHttp() {
    assertThatThrownBy(() -> GithubClient.builder(URI.create("ftp://example.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "API URL (ftp://example.com) must be http(s)://HOST[:PORT][/PATH] without query");
  }

  @Test
  void displayHidesSecretQueryParameters() {
    assertThat(GithubClient.display(URI.create("https://h/x?a=1&access_token=abc&b=2")))
        .isEqualTo("https://h/x?a=1&access_token=***&b=2");
  }

  @Test
  void displayHidesCredentialsInTheUrl() {
    assertThat(
            GithubClient.display(
                URI.create("http://user:p%40ss@127.0.0.1:8080/repos/o/r/issues?page=2")))
        .isEqualTo("http://***@127.0.0.1:8080/repos/o/r/issues?page=2");
    assertThat(GithubClient.display(URI.create("https://h/x?next=http://a@b")))
        .isEqualTo("https://h/x?next=http://a@b");
  }
}
