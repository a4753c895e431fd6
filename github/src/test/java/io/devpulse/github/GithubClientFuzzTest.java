package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.devpulse.github.LocalServer.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A hostile GitHub on 127.0.0.1: each case is a server answering a listing's requests with
 * generated replies (status codes from 200 to 999, rate-limit, {@code Retry-After}, {@code Link},
 * {@code Location} and {@code ETag} headers from sane to absurd, bodies that are pages, truncated
 * or malformed JSON, the token echoed as is, JSON-escaped or in Base64, too large, endless,
 * trickling past the deadline, cut short, or no answer at all), walked as a sync walks it ({@link
 * PageWalk}, {@link ApiPage#readRecords}, {@link ApiPage#readFilenames}). Each case must end in
 * pages or a documented one-line error ({@link GithubApiException}, {@link RateLimitWaitException},
 * {@link BadInputException}): never another exception, never a request past its deadline (each
 * {@code get} within its requests' timeouts plus 3 s), never a hang (15 s per case), never the
 * token in a message, a cause, a listener call, an ETag or a record. Rate-limit waits go to a
 * {@link RecordingSleeper}, so they cost no time.
 *
 * <p>2,000 cases (the {@code tries} below), about 30 s; the figures are printed after the class.
 * Tagged {@code slow} (jqwik's {@link Tag}, which the JUnit Platform filters like Jupiter's):
 * {@code -DexcludedGroups=slow} leaves it out of a quick loop.
 */
@Tag("slow")
class GithubClientFuzzTest {
  static final String TOKEN = "ghp_FuzzTokenNeverToBeSeen0123456789abcd";
  private static final TokenSource TOKEN_SOURCE =
      TokenSource.fromEnv(Map.of("GITHUB_TOKEN", TOKEN));
  private static final Instant NOW = Instant.parse("2025-12-10T12:00:00Z");
  private static final Duration TIMEOUT = Duration.ofMillis(200);
  private static final int ATTEMPTS = 2;

  /**
   * What a get() may take beyond its requests' timeouts: making the requests, reading the bodies,
   * and a busy machine's pauses (a trickling body takes 8 s, so a deadline not kept still shows).
   */
  private static final Duration GET_SLACK = Duration.ofSeconds(3);

  private static final long MAX_BYTES = 256 * 1024;
  private static final int MAX_PAGES = 8;

  /** One server for all cases (each case has its own path), started and stopped with the class. */
  private static LocalServer SERVER;

  private static final ExecutorService CALLER =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fuzz-caller");
            t.setDaemon(true);
            return t;
          });
  private static final AtomicInteger CASE = new AtomicInteger();

  static final AtomicLong CASES = new AtomicLong();
  static final AtomicLong REQUESTS = new AtomicLong();
  static final AtomicLong PAGES = new AtomicLong();
  static final AtomicLong RECORDS = new AtomicLong();
  static final Map<String, AtomicLong> OUTCOMES =
      Collections.synchronizedMap(new LinkedHashMap<>());
  static final AtomicLong MAX_GET_MILLIS = new AtomicLong();
  static final AtomicLong MAX_GET_REQUESTS = new AtomicLong();
  static final java.util.concurrent.atomic.AtomicReference<String> LONGEST_GET =
      new java.util.concurrent.atomic.AtomicReference<>("");
  static final AtomicLong MAX_CASE_MILLIS = new AtomicLong();
  static final AtomicLong TOTAL_MILLIS = new AtomicLong();
  static final AtomicLong INTERNAL_ERRORS = new AtomicLong();
  static final AtomicLong HANGS = new AtomicLong();
  static final AtomicLong TOKEN_HITS = new AtomicLong();
  static final AtomicLong LATE_GETS = new AtomicLong();
  static final Map<String, AtomicLong> REASONS = Collections.synchronizedMap(new LinkedHashMap<>());
  static final Map<String, AtomicLong> DELIVERIES =
      Collections.synchronizedMap(new LinkedHashMap<>());

  /** How a reply's bytes go out. */
  enum Delivery {
    WHOLE,
    TRICKLE,
    CUT_SHORT,
    ENDLESS,
    SLOW_HEADERS,
    DROP
  }

  /**
   * One generated reply; {@code {SELF}}, {@code {PAGE2}}, {@code {TOKEN}}, ... are filled in when
   * served.
   */
  record Reply(int status, Map<String, String> headers, String body, Delivery delivery) {}

  /**
   * A case: the replies in turn (the last one from then on), and how the caller reads the pages.
   */
  record Scenario(
      List<Reply> replies, boolean filenames, boolean detectTypes, boolean skipBad, boolean etag) {
    /** Shown with each string cut to 200 characters, so that a failure stays readable. */
    @Override
    public String toString() {
      return "Scenario[filenames="
          + filenames
          + ", detectTypes="
          + detectTypes
          + ", skipBad="
          + skipBad
          + ", etag="
          + etag
          + ", replies="
          + replies.stream()
              .map(
                  r ->
                      "Reply["
                          + r.status()
                          + " "
                          + r.delivery()
                          + " headers="
                          + r.headers().entrySet().stream()
                              .map(h -> h.getKey() + "=" + cut(h.getValue()))
                              .toList()
                          + " body="
                          + cut(r.body())
                          + "]")
              .toList()
          + "]";
    }

    private static String cut(String s) {
      return s.length() <= 200 ? s : s.substring(0, 200) + "...(" + s.length() + " chars)";
    }
  }

  /** What one case came to. */
  record Outcome(String kind, int pages, int records) {}

  @Property(tries = 2000, shrinking = ShrinkingMode.OFF)
  void anyServerBehaviourEndsInPagesOrADocumentedOneLineErrorWithoutTheToken(
      @ForAll("scenarios") Scenario scenario) {
    int n = CASE.incrementAndGet();
    String path = "/case/" + n + "/list";
    AtomicInteger served = new AtomicInteger();
    SERVER.on(
        path,
        r ->
            serve(
                scenario
                    .replies()
                    .get(Math.min(served.getAndIncrement(), scenario.replies().size() - 1)),
                path,
                r));
    long start = System.nanoTime();
    Future<Outcome> result = CALLER.submit(() -> walk(scenario, path));
    Outcome outcome;
    try {
      outcome = result.get(15, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      HANGS.incrementAndGet();
      fail("hang: case " + n + " did not end in 15 s: " + scenario);
      return;
    } catch (ExecutionException e) {
      fail("case " + n + ": " + e.getCause() + " for " + scenario, e.getCause());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted");
      return;
    } finally {
      SERVER.on(path, r -> Response.status(410, "{}"));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    CASES.incrementAndGet();
    REQUESTS.addAndGet(served.get());
    PAGES.addAndGet(outcome.pages());
    RECORDS.addAndGet(outcome.records());
    OUTCOMES.computeIfAbsent(outcome.kind(), k -> new AtomicLong()).incrementAndGet();
    MAX_CASE_MILLIS.accumulateAndGet(millis, Math::max);
    TOTAL_MILLIS.addAndGet(millis);
  }

  /** The caller's side: walks the listing as a sync does and checks every result for the token. */
  private static Outcome walk(Scenario scenario, String path) {
    List<String> heard = Collections.synchronizedList(new ArrayList<>());
    ApiListener listener =
        new ApiListener() {
          @Override
          public void responded(String url, int status, Optional<RateLimit> rateLimit) {
            heard.add(url + " " + rateLimit);
          }

          @Override
          public void waiting(Duration duration, String reason) {
            heard.add(duration + " " + reason);
          }

          @Override
          public void retrying(String url, int attempt, String problem, Duration backoff) {
            heard.add(url + " " + problem);
          }
        };
    int pages = 0;
    int records = 0;
    String kind = "pages only";
    ReadOptions options =
        ReadOptions.defaults()
            .withSkipBad(scenario.skipBad())
            .withForcedType(scenario.detectTypes() ? null : RecordType.ISSUE)
            .withFallbackRepository(io.devpulse.model.Repository.parse("octo/hello"));
    try (GithubClient client =
        GithubClient.builder(SERVER.url())
            .token(TOKEN_SOURCE)
            .sleeper(new RecordingSleeper())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .retryPolicy(new RetryPolicy(ATTEMPTS, Duration.ZERO, Duration.ZERO))
            .timeout(TIMEOUT)
            .maxWait(Duration.ofSeconds(45))
            .maxResponseBytes(MAX_BYTES)
            .listener(listener)
            .build()) {
      PageWalk walk = new PageWalk(MAX_PAGES);
      String etag = scenario.etag() ? "\"v0\"" : null;
      for (URI url = walk.first(SERVER.url(path + "?page=1")); url != null; ) {
        long start = System.nanoTime();
        int requestsBefore = client.requests();
        ApiPage page;
        try {
          page = client.get(url, etag);
        } finally {
          // Each request must end by its deadline: a get() is bounded by its requests' timeouts.
          long took = (System.nanoTime() - start) / 1_000_000;
          long bound =
              (client.requests() - requestsBefore) * TIMEOUT.toMillis() + GET_SLACK.toMillis();
          longestGet(took, client.requests() - requestsBefore, scenario);
          MAX_GET_REQUESTS.accumulateAndGet(client.requests() - requestsBefore, Math::max);
          if (took > bound) {
            LATE_GETS.incrementAndGet();
            fail("one get() took " + took + " ms, past its bound of " + bound + " ms: " + scenario);
          }
        }
        etag = null;
        pages++;
        noToken(page.displayName(), "page name");
        page.etag().ifPresent(e -> noToken(e, "ETag"));
        if (scenario.filenames()) {
          for (String name : page.readFilenames()) {
            noToken(name, "file name");
          }
        } else {
          for (ParsedRecord record : page.readRecords(options)) {
            noToken(record.toString(), "record");
            noToken(record.position().describe(), "record position");
            records++;
          }
        }
        url = walk.next(page).orElse(null);
      }
    } catch (RateLimitWaitException e) {
      kind = oneLine(e, "RateLimitWaitException");
    } catch (GithubApiException e) {
      kind = oneLine(e, "GithubApiException");
    } catch (BadInputException e) {
      kind = oneLine(e, "BadInputException");
    } catch (AssertionError e) {
      throw e;
    } catch (Throwable e) {
      INTERNAL_ERRORS.incrementAndGet();
      fail("internal error: " + e + " for " + scenario, e);
    }
    heard.forEach(h -> noToken(h, "listener call"));
    return new Outcome(kind, pages, records);
  }

  private static synchronized void longestGet(long millis, int requests, Scenario scenario) {
    if (millis > MAX_GET_MILLIS.get()) {
      MAX_GET_MILLIS.set(millis);
      LONGEST_GET.set(millis + " ms, " + requests + " requests: " + scenario);
    }
  }

  private static String oneLine(Throwable e, String kind) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    noToken(trace.toString(), kind + " (message, causes or suppressed)");
    assertThat(e.getMessage())
        .as(kind + " message")
        .isNotBlank()
        .doesNotContain("\n")
        .doesNotContain("\r");
    REASONS.computeIfAbsent(reason(e.getMessage()), k -> new AtomicLong()).incrementAndGet();
    return kind;
  }

  /** What a failure was about, for the figures. */
  private static String reason(String message) {
    for (Map.Entry<String, String> r : REASON_PATTERNS.entrySet()) {
      if (message.matches("(?s).*(" + r.getValue() + ").*")) {
        return r.getKey();
      }
    }
    return "other";
  }

  private static final Map<String, String> REASON_PATTERNS = new LinkedHashMap<>();

  static {
    REASON_PATTERNS.put("deadline", "no complete response within");
    REASON_PATTERNS.put("size limit", "larger than");
    REASON_PATTERNS.put("page loop", "this page again|of this listing again");
    REASON_PATTERNS.put("page limit", "goes on beyond");
    REASON_PATTERNS.put("rate-limit wait", "would exceed the maximum wait");
    REASON_PATTERNS.put("connection", "connection failed");
    REASON_PATTERNS.put("left the API", "leaves the API");
    REASON_PATTERNS.put("redirect", "redirect");
    REASON_PATTERNS.put("bad JSON", "malformed JSON|truncated JSON");
    REASON_PATTERNS.put("bad record", "record \\d+:|file \\d+:|expected a JSON array");
    REASON_PATTERNS.put("HTTP 5xx/6xx+", "HTTP [5-9]\\d\\d");
    REASON_PATTERNS.put("HTTP 3xx/4xx", "HTTP [34]\\d\\d");
  }

  private static void noToken(String text, String where) {
    if (TOKEN_SOURCE.appearsIn(text)) {
      TOKEN_HITS.incrementAndGet();
      fail("the token in a " + where + ": " + TOKEN_SOURCE.redact(text));
    }
  }

  // --- the server -----------------------------------------------------------------------------

  private static Response serve(Reply reply, String path, LocalServer.Request request) {
    DELIVERIES.computeIfAbsent(reply.delivery().name(), k -> new AtomicLong()).incrementAndGet();
    int page = pageOf(request.pathAndQuery());
    Map<String, String> headers = new LinkedHashMap<>();
    reply.headers().forEach((k, v) -> headers.put(k, fill(v, path, page, request)));
    String body = fill(reply.body(), path, page, request);
    Response response = new Response(reply.status(), headers, body, Duration.ZERO);
    return switch (reply.delivery()) {
      case WHOLE -> response;
      // Far slower than the deadline, so that a deadline not kept shows as a get() past its bound.
      case TRICKLE -> response.trickled(Math.max(1, body.length() / 8), Duration.ofSeconds(1));
      case CUT_SHORT -> response.cutAfter(body.length() / 2);
      case ENDLESS -> response.endless();
      case SLOW_HEADERS -> response.delayed(Duration.ofSeconds(5));
      case DROP -> Response.dropConnection();
    };
  }

  private static int pageOf(String pathAndQuery) {
    int at = pathAndQuery.lastIndexOf("page=");
    try {
      return at < 0
          ? 1
          : Integer.parseInt(pathAndQuery.substring(at + 5).replaceAll("[^0-9].*", ""));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String fill(String template, String path, int page, LocalServer.Request request) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    String base = SERVER.url().toString();
    String auth = request.header("Authorization") == null ? "" : request.header("Authorization");
    String out =
        template
            .replace("{SELF}", base + request.pathAndQuery())
            .replace("{NEXT}", base + path + "?page=" + (page + 1))
            .replace("{PAGE1}", base + path + "?page=1")
            .replace("{PAGE2}", base + path + "?page=2")
            .replace("{PATH}", path)
            .replace("{AUTH}", auth)
            .replace("{TOKEN}", TOKEN)
            .replace("{TOKEN_B64}", Base64.getEncoder().encodeToString(TOKEN.getBytes(UTF_8)))
            .replace(
                "{TOKEN_ESCAPED}",
                TOKEN
                    .chars()
                    .mapToObj(c -> String.format("\\u%04x", c))
                    .collect(Collectors.joining()))
            .replace("{RESET_SOON}", String.valueOf(NOW.plusSeconds(30).getEpochSecond()))
            .replace("{RESET_FAR}", String.valueOf(NOW.plusSeconds(86_400).getEpochSecond()));
    if (out.contains("{HUGE}")) {
      out = out.replace("{HUGE}", "x".repeat((int) MAX_BYTES + 1000));
    }
    if (out.contains("{BIG_HEADER}")) {
      out =
          out.replace(
              "{BIG_HEADER}", "<" + base + path + "?page=2>; rel=\"next\", ".repeat(12_000));
    }
    return out;
  }

  // --- generators ------------------------------------------------------------------------------

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Combinators.combine(
            reply().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.frequency(Tuple.of(1, true), Tuple.of(6, false)),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(Scenario::new);
  }

  private Arbitrary<Reply> reply() {
    return Combinators.combine(status(), headers(), body(), delivery()).as(Reply::new);
  }

  private static Arbitrary<Integer> status() {
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(200)),
        Tuple.of(2, Arbitraries.of(201, 204, 206, 299)),
        Tuple.of(2, Arbitraries.of(301, 302, 307, 308)),
        Tuple.of(1, Arbitraries.of(300, 303, 304, 305, 399)),
        Tuple.of(3, Arbitraries.of(403, 429)),
        Tuple.of(2, Arbitraries.of(400, 401, 404, 409, 410, 418, 422, 451, 499)),
        Tuple.of(2, Arbitraries.of(500, 502, 503, 504, 599)),
        Tuple.of(1, Arbitraries.of(600, 999)));
  }

  private static Arbitrary<Delivery> delivery() {
    return Arbitraries.frequency(
        Tuple.of(60, Delivery.WHOLE),
        Tuple.of(1, Delivery.TRICKLE),
        Tuple.of(3, Delivery.CUT_SHORT),
        Tuple.of(2, Delivery.ENDLESS),
        Tuple.of(1, Delivery.SLOW_HEADERS),
        Tuple.of(2, Delivery.DROP));
  }

  private static final String LONG_MAX = "9223372036854775807";
  private static final String LONG_MIN = "-9223372036854775808";
  private static final List<String> NUMBERS =
      List.of(
          "0",
          "1",
          "-1",
          "7",
          "60",
          "5000",
          LONG_MAX,
          LONG_MIN,
          "99999999999999999999",
          "abc",
          " 3 ",
          "0x10",
          "1e3",
          "1.5",
          "+5",
          "");

  private static Arbitrary<Map<String, String>> headers() {
    List<Arbitrary<Optional<Map.Entry<String, String>>>> each =
        List.of(
            header("X-RateLimit-Remaining", Arbitraries.of(NUMBERS)),
            header(
                "X-RateLimit-Reset",
                Arbitraries.oneOf(
                    Arbitraries.of(NUMBERS),
                    Arbitraries.of("{RESET_SOON}", "{RESET_FAR}", "253402300800", "-62135596801"))),
            header("X-RateLimit-Limit", Arbitraries.of(NUMBERS)),
            header(
                "X-RateLimit-Resource",
                Arbitraries.of(
                    "core", "search", "{TOKEN}", "a b) (c", "x".repeat(300), "\u00e9t\u00e9", "")),
            header(
                "Retry-After",
                Arbitraries.oneOf(
                    Arbitraries.of(NUMBERS),
                    Arbitraries.of("Wed, 21 Oct 2015 07:28:00 GMT", "86401"))),
            header(
                "Link",
                Arbitraries.of(
                    "<{NEXT}>; rel=\"next\"",
                    "<{NEXT}>; rel=\"next\"",
                    "<{SELF}>; rel=\"next\"",
                    "<{PAGE1}>; rel=\"next\"",
                    "<{PAGE2}>; rel=\"next\"",
                    "<https://evil.example/x>; rel=\"next\"",
                    "<{PATH}?page=9>; rel=\"next\"",
                    "<http://[bad>; rel=\"next\"",
                    "<{NEXT}&sig={TOKEN}>; rel=\"next\"",
                    "garbage",
                    "<>; rel=\"next\"",
                    "<{NEXT}>; rel=\"last\"",
                    "{BIG_HEADER}",
                    "<{NEXT}>;" + " ;".repeat(5000) + " rel=next")),
            header(
                "Location",
                Arbitraries.of(
                    "{PATH}?page=2",
                    "{PAGE1}",
                    "{SELF}",
                    "http://[::1",
                    "https://evil.example/",
                    "",
                    "?x={TOKEN}",
                    "//evil.example/p",
                    "{PATH}?page=3&t={TOKEN}")),
            header(
                "ETag",
                Arbitraries.of(
                    "\"v1\"",
                    "W/\"{TOKEN}\"",
                    "\"{TOKEN_B64}\"",
                    "",
                    "\"" + "e".repeat(5000) + "\"",
                    "\"\u00e9\"")),
            header(
                "Content-Type",
                Arbitraries.of(
                    "application/json", "text/html", "application/json; charset=utf-16")));
    return Combinators.combine(each)
        .as(
            entries -> {
              Map<String, String> headers = new LinkedHashMap<>();
              entries.forEach(e -> e.ifPresent(h -> headers.put(h.getKey(), h.getValue())));
              return headers;
            });
  }

  private static Arbitrary<Optional<Map.Entry<String, String>>> header(
      String name, Arbitrary<String> values) {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Optional.<Map.Entry<String, String>>empty())),
        Tuple.of(1, values.map(v -> Optional.of(Map.entry(name, v)))));
  }

  private static final String ISSUE_PAGE =
      "[" + Inputs.ISSUE + "," + Inputs.ISSUE_PR + "," + Inputs.ISSUE_3 + "]";

  private static Arbitrary<String> body() {
    Arbitrary<String> echo =
        Arbitraries.of("{TOKEN}", "{AUTH}", "Basic {TOKEN_B64}", "{TOKEN_ESCAPED}");
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just(ISSUE_PAGE)),
        Tuple.of(
            1,
            Arbitraries.of(
                "[" + Inputs.COMMENT + "]",
                "[" + Inputs.PULL + "]",
                "[" + Inputs.REVIEW + "]",
                "[{\"filename\":\"a.py\"},{\"filename\":\"b.md\"}]",
                "[]")),
        // the token echoed into a title, a body, a label, a field name, a value of the wrong type
        Tuple.of(4, echo.map(t -> ISSUE_PAGE.replace("Crash on start", t))),
        Tuple.of(
            1, echo.map(t -> ISSUE_PAGE.replace("\"body\":null", "\"body\":\"x " + t + " y\""))),
        Tuple.of(1, echo.map(t -> ISSUE_PAGE.replace("\"bug\"", "\"" + t + "\""))),
        Tuple.of(1, echo.map(t -> ISSUE_PAGE.replace("\"comments\":2", "\"" + t + "\":2"))),
        Tuple.of(2, echo.map(t -> ISSUE_PAGE.replace("\"number\":1", "\"number\":\"" + t + "\""))),
        Tuple.of(1, echo.map(t -> "[{\"filename\":\"" + t + "\"}]")),
        // malformed: the token outside any string, truncated pages, odd documents
        Tuple.of(
            2,
            Arbitraries.of(
                "[{\"number\": 1, \"title\": {TOKEN}}]",
                "{TOKEN}",
                "[{TOKEN_B64}]",
                "[{\"x\":1} {AUTH}]",
                "{\"message\":{TOKEN}")),
        Tuple.of(
            3,
            Arbitraries.doubles()
                .between(0, 1)
                .map(f -> ISSUE_PAGE.substring(0, (int) (ISSUE_PAGE.length() * f)))),
        Tuple.of(
            2,
            Arbitraries.of(
                "",
                " ",
                "null",
                "{}",
                "[null]",
                "[1,2]",
                "\"s\"",
                "][",
                "\u0000",
                "[{}]",
                "{\"number\":1}\n{\"number\":2}",
                "<html>Bad gateway</html>",
                "\uFEFF[]")),
        // error bodies as GitHub writes them, some echoing the token
        Tuple.of(
            3,
            Arbitraries.of(
                "{\"message\":\"You have exceeded a secondary rate limit.\"}",
                "{\"message\":\"API rate limit exceeded\"}",
                "{\"message\":\"Bad credentials {TOKEN}\"}",
                "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com\"}",
                "{\"message\":\"proxy saw Authorization: {AUTH}\"}",
                "{\"message\":[\"{TOKEN}\"]}",
                "{\"message\":\"" + "m".repeat(5000) + "\"}")),
        // too large for the client's limit, with and without the token inside
        Tuple.of(1, Arbitraries.of("[{\"title\":\"{HUGE}\"}]", "{\"message\":\"{TOKEN}{HUGE}\"}")),
        Tuple.of(1, Arbitraries.strings().ofMaxLength(200)));
  }

  @BeforeContainer
  static void startServer() {
    SERVER = LocalServer.start();
  }

  @AfterContainer
  static void report() {
    SERVER.close();
    System.out.printf(
        "GithubClientFuzzTest: %d cases, %d requests served, %d pages, %d records; outcomes %s;"
            + " %d internal errors, %d hangs, %d gets past their bound, %d token hits; longest get() %d ms"
            + " (most requests in one get() %d, each bounded by %d ms), longest case %d ms, all cases %d ms;"
            + " failures by reason %s; replies by delivery %s%n",
        CASES.get(),
        REQUESTS.get(),
        PAGES.get(),
        RECORDS.get(),
        OUTCOMES,
        INTERNAL_ERRORS.get(),
        HANGS.get(),
        LATE_GETS.get(),
        TOKEN_HITS.get(),
        MAX_GET_MILLIS.get(),
        MAX_GET_REQUESTS.get(),
        TIMEOUT.toMillis(),
        MAX_CASE_MILLIS.get(),
        TOTAL_MILLIS.get(),
        REASONS,
        DELIVERIES);
    System.out.println("GithubClientFuzzTest: longest get(): " + LONGEST_GET.get());
  }
}
