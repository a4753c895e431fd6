package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.devpulse.report.ReportLanguage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated site in a real browser: headless Chromium (Debian's {@code chromium}; {@code
 * .ci/run} installs it) driven over the DevTools protocol loads the pages of the Chinese and the
 * English site, served from a JDK HttpServer on 127.0.0.1. Every page loads with no console
 * message, no error and no request outside the site (every URL the browser asked for is the local
 * server's or {@code data:}); every chart renders with a non-empty size; every relative link of
 * every page resolves to a file the server serves (anchors to an element of that page).
 */
@Tag("browser")
@Tag("slow")
class BuildSiteBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

  @TempDir static Path tmp;
  static Path site;
  static HttpServer server;
  static String base;
  static final List<String> served = new CopyOnWriteArrayList<>();
  static final List<String> missing = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void buildAndServe() throws IOException {
    ChromiumRequirement.check(CHROMIUM, System.getenv());
    Path index = tmp.resolve("index");
    TestApp.importFixtures(
        index,
        "vllm-2025-12-10-hour/issues.json",
        "vllm-2025-12-10-hour/comments.json",
        "vllm-merged-prs/issues.jsonl.gz",
        "vllm-week-2025-12-12/issues.json");
    site = tmp.resolve("site");
    for (ReportLanguage lang : ReportLanguage.values()) {
      new BuildSite(TestApp.APP)
          .run(
              new BuildSite.Request(
                  index,
                  TestPacks.BUILT_IN,
                  site.resolve(lang.key()),
                  List.of(),
                  lang,
                  ZoneOffset.UTC,
                  false,
                  2,
                  null,
                  false,
                  IndexNotices.NONE));
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          served.add(path);
          Path file = site.resolve(path.substring(1)).normalize();
          if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            missing.add(path);
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          byte[] body = Files.readAllBytes(file);
          String name = file.getFileName().toString();
          exchange
              .getResponseHeaders()
              .set(
                  "Content-Type",
                  name.endsWith(".svg")
                      ? "image/svg+xml"
                      : name.endsWith(".html")
                          ? "text/html; charset=utf-8"
                          : "application/octet-stream");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void everyPageLoadsWithoutErrorsOrOutsideRequestsAndItsChartsHaveASize() throws Exception {
    List<String> pages = new ArrayList<>();
    for (String lang : List.of("zh", "en")) {
      pages.add(lang + "/index.html");
      for (String p : List.of("topics", "amd", "activity")) {
        pages.add(lang + "/vllm-project/vllm/" + p + ".html");
      }
      pages.add(lang + "/vllm-project/vllm/lists/amd-rocm-2025-W50.html");
      pages.add(lang + "/vllm-project/vllm/reports/2026-03-26.html");
      pages.add(lang + "/assets/vllm-project/vllm/topic-performance.svg");
    }
    try (Chromium browser = Chromium.start(tmp.resolve("profile"))) {
      for (String page : pages) {
        Chromium.Load load = browser.load(base + page);

        // A bare SVG has no <link rel=icon>, so the browser itself asks the server root for
        // /favicon.ico.
        List<String> problems =
            page.endsWith(".svg")
                ? load.problems().stream().filter(x -> !x.contains(base + "favicon.ico")).toList()
                : load.problems();
        assertThat(problems).as(page).isEmpty();
        assertThat(load.requests())
            .as(page)
            .isNotEmpty()
            .allSatisfy(
                url -> assertThat(url).as(page).matches("(" + Pattern.quote(base) + "|data:).*"));
        if (!page.endsWith("reports/2026-03-26.html")
            && !page.endsWith("lists/amd-rocm-2025-W50.html")) {
          assertThat(load.svgSizes())
              .as(page + ": charts")
              .isNotEmpty()
              .allSatisfy(
                  size ->
                      assertThat(size).as(page).allSatisfy(v -> assertThat(v).isGreaterThan(50)));
        }
      }
    }
    assertThat(missing).as("requests the server could not answer").containsOnly("/favicon.ico");
  }

  @Test
  void everyRelativeLinkOfEveryPageResolvesToAFileTheServerServes() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, Boolean> checked = new ConcurrentHashMap<>();
    AtomicInteger links = new AtomicInteger();
    List<Path> html;
    try (Stream<Path> files = Files.walk(site)) {
      html = files.filter(f -> f.toString().endsWith(".html")).toList();
    }
    for (Path page : html) {
      String text = Files.readString(page);
      Matcher m = HREF.matcher(text);
      while (m.find()) {
        String href = m.group(1);
        if (href.startsWith("https://github.com/") || href.startsWith("data:")) {
          continue;
        }
        assertThat(href)
            .as(page + ": a link to another site or an absolute path")
            .doesNotContain(":")
            .doesNotStartWith("/");
        links.incrementAndGet();
        String file = href.replaceFirst("#.*", "");
        String anchor = href.contains("#") ? href.substring(href.indexOf('#') + 1) : null;
        Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        assertThat(target).as(page + " -> " + href).startsWith(site).isRegularFile();
        if (anchor != null) {
          assertThat(ids(Files.readString(target))).as(page + " -> " + href).contains(anchor);
        }
        String url = base + site.relativize(target).toString().replace('\\', '/');
        if (checked.putIfAbsent(url, true) == null) {
          HttpResponse<Void> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(url)).build(),
                  HttpResponse.BodyHandlers.discarding());
          assertThat(r.statusCode()).as(url).isEqualTo(200);
        }
      }
    }
    assertThat(html).hasSizeGreaterThan(100);
    assertThat(links.get()).isGreaterThan(1000);
  }

  private static List<String> ids(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /**
   * Headless Chromium over the DevTools protocol: load a page, collect its requests and problems.
   */
  static final class Chromium implements AutoCloseable {
    private final Process process;
    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** What loading one page showed. */
    record Load(List<String> requests, List<String> problems, List<List<Double>> svgSizes) {}

    private Chromium(Process process, WebSocket socket) {
      this.process = process;
      this.socket = socket;
    }

    static Chromium start(Path profile) throws Exception {
      Process p =
          new ProcessBuilder(
                  CHROMIUM.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--disable-extensions",
                  "--disable-default-apps",
                  "--window-size=1100,900",
                  "--user-data-dir=" + profile,
                  "--remote-debugging-port=0",
                  "--remote-allow-origins=*",
                  "about:blank")
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String ws = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      for (String line = out.readLine();
          line != null && System.nanoTime() < deadline;
          line = out.readLine()) {
        if (line.startsWith("DevTools listening on ")) {
          ws = line.substring("DevTools listening on ".length()).strip();
          break;
        }
      }
      if (ws == null) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not start its DevTools endpoint");
      }
      Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
      drain.setDaemon(true);
      drain.start();
      URI browser = URI.create(ws);
      HttpClient http = HttpClient.newHttpClient();
      JsonNode targets =
          JSON.readTree(
              http.send(
                      HttpRequest.newBuilder(
                              URI.create("http://" + browser.getAuthority() + "/json/list"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      String pageWs = null;
      for (JsonNode t : targets) {
        if (t.path("type").asText().equals("page")) {
          pageWs = t.path("webSocketDebuggerUrl").asText();
          break;
        }
      }
      Chromium[] self = new Chromium[1];
      StringBuilder partial = new StringBuilder();
      WebSocket socket =
          http.newWebSocketBuilder()
              .buildAsync(
                  URI.create(pageWs),
                  new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(
                        WebSocket webSocket, CharSequence data, boolean last) {
                      partial.append(data);
                      if (last) {
                        self[0].receive(partial.toString());
                        partial.setLength(0);
                      }
                      webSocket.request(1);
                      return null;
                    }
                  })
              .get(30, TimeUnit.SECONDS);
      Chromium c = new Chromium(p, socket);
      self[0] = c;
      for (String domain : List.of("Page", "Network", "Runtime", "Log")) {
        c.call(domain + ".enable", JSON.createObjectNode());
      }
      return c;
    }

    private void receive(String text) {
      try {
        JsonNode msg = JSON.readTree(text);
        if (msg.has("id")) {
          CompletableFuture<JsonNode> reply = replies.remove(msg.get("id").asInt());
          if (reply != null) {
            reply.complete(msg);
          }
        } else {
          events.add(msg);
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    JsonNode call(String method, ObjectNode params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> reply = new CompletableFuture<>();
      replies.put(id, reply);
      ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
      msg.set("params", params);
      socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
      JsonNode r = reply.get(30, TimeUnit.SECONDS);
      if (r.has("error")) {
        throw new IllegalStateException(method + ": " + r.get("error"));
      }
      return r.path("result");
    }

    Load load(String url) throws Exception {
      events.clear();
      call("Page.navigate", JSON.createObjectNode().put("url", url));
      List<String> requests = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      boolean loaded = false;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!loaded && System.nanoTime() < deadline) {
        JsonNode e = events.poll(1, TimeUnit.SECONDS);
        if (e != null) {
          loaded = note(e, requests, problems);
        }
      }
      if (!loaded) {
        problems.add("no load event within 30 s");
      }
      // Late events (a lazy image, a console message after load): give them a moment.
      for (JsonNode e = events.poll(300, TimeUnit.MILLISECONDS);
          e != null;
          e = events.poll(300, TimeUnit.MILLISECONDS)) {
        note(e, requests, problems);
      }
      JsonNode sizes =
          call(
              "Runtime.evaluate",
              JSON.createObjectNode()
                  .put("returnByValue", true)
                  .put(
                      "expression",
                      "JSON.stringify(Array.from(document.querySelectorAll('svg')).map(s => {"
                          + " const r = s.getBoundingClientRect(); return [r.width, r.height]; }))"));
      List<List<Double>> svg = new ArrayList<>();
      for (JsonNode s : JSON.readTree(sizes.path("result").path("value").asText("[]"))) {
        svg.add(List.of(s.get(0).asDouble(), s.get(1).asDouble()));
      }
      return new Load(requests, problems, svg);
    }

    private static boolean note(JsonNode e, List<String> requests, List<String> problems) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      switch (method) {
        case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
        case "Network.loadingFailed" -> problems.add("failed: " + p.path("errorText").asText());
        case "Network.responseReceived" -> {
          int status = p.path("response").path("status").asInt();
          if (status >= 400) {
            problems.add(status + " " + p.path("response").path("url").asText());
          }
        }
        case "Runtime.consoleAPICalled" ->
            problems.add("console." + p.path("type").asText() + ": " + p.path("args"));
        case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails"));
        case "Log.entryAdded" ->
            problems.add(
                "log "
                    + p.path("entry").path("level").asText()
                    + ": "
                    + p.path("entry").path("text").asText()
                    + " "
                    + p.path("entry").path("url").asText());
        case "Page.loadEventFired" -> {
          return true;
        }
        default -> {}
      }
      return false;
    }

    @Override
    public void close() throws Exception {
      socket.abort();
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
