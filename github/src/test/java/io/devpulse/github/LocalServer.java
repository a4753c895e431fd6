package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that answers each path with scripted responses and records
 * requests.
 */
public final class LocalServer implements AutoCloseable {
  /** What the server received. */
  public record Request(String method, String pathAndQuery, Map<String, String> headers) {
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * How a body goes out: whole with its length (the default); in pieces of {@code pieceBytes} with
   * {@code pause} after each (chunked); cut after {@code cutAfter} bytes of the declared length,
   * then the connection dropped; or repeated without end (chunked) until the client goes away or
   * the server stops.
   */
  public record Delivery(int pieceBytes, Duration pause, int cutAfter, boolean endless) {
    public static final Delivery WHOLE = new Delivery(0, Duration.ZERO, -1, false);
  }

  /** What to answer; {@code status} -1 drops the connection without a response. */
  public record Response(
      int status, Map<String, String> headers, String body, Duration delay, Delivery delivery) {
    public Response(int status, Map<String, String> headers, String body, Duration delay) {
      this(status, headers, body, delay, Delivery.WHOLE);
    }

    public static Response json(String body) {
      return new Response(200, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
    }

    public static Response status(int status, String body) {
      return new Response(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
    }

    public static Response dropConnection() {
      return new Response(-1, Map.of(), "", Duration.ZERO);
    }

    public Response header(String name, String value) {
      Map<String, String> h = new LinkedHashMap<>(headers);
      h.put(name, value);
      return new Response(status, h, body, delay, delivery);
    }

    public Response delayed(Duration d) {
      return new Response(status, headers, body, d, delivery);
    }

    /**
     * The body in pieces of {@code bytes}, pausing {@code pause} after each: a slow or stalling
     * server.
     */
    public Response trickled(int bytes, Duration pause) {
      return new Response(
          status, headers, body, delay, new Delivery(Math.max(1, bytes), pause, -1, false));
    }

    /**
     * Declares the whole body's length but sends only its first {@code bytes}, then drops the
     * connection.
     */
    public Response cutAfter(int bytes) {
      return new Response(
          status, headers, body, delay, new Delivery(0, Duration.ZERO, Math.max(0, bytes), false));
    }

    /**
     * The body (or "x" when it is empty) again and again, without end: a server that never stops.
     */
    public Response endless() {
      return new Response(status, headers, body, delay, new Delivery(0, Duration.ZERO, -1, true));
    }
  }

  @FunctionalInterface
  public interface Handler {
    Response handle(Request request) throws Exception;
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private volatile boolean closed;

  private LocalServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::serve);
    server.setExecutor(executor);
    server.start();
  }

  public static LocalServer start() {
    try {
      return new LocalServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code path} (without query) with {@code handler}. */
  public LocalServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  /** Answers {@code path} with these responses in turn, the last one from then on. */
  public LocalServer onSequence(String path, Response... responses) {
    AtomicInteger n = new AtomicInteger();
    return on(path, r -> responses[Math.min(n.getAndIncrement(), responses.length - 1)]);
  }

  /** {@code http://127.0.0.1:PORT}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public URI url(String pathAndQuery) {
    return URI.create(url() + pathAndQuery);
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
      Request request =
          new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers);
      requests.add(request);
      Handler handler = handlers.get(exchange.getRequestURI().getPath());
      Response response;
      try {
        response =
            handler == null
                ? Response.status(404, "{\"message\":\"Not Found\"}")
                : handler.handle(request);
      } catch (Exception e) {
        response = Response.status(599, "{\"message\":\"test handler failed: " + e + "\"}");
      }
      if (!response.delay().isZero()) {
        try {
          Thread.sleep(response.delay());
        } catch (InterruptedException e) {
          return;
        }
      }
      if (response.status() < 0) {
        return; // closing the exchange without a response drops the connection
      }
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      send(exchange, response);
    } catch (IOException clientWentAway) {
      // a client that stops reading (a deadline, a size limit) closes the connection under a slow
      // body
    }
  }

  private void send(HttpExchange exchange, Response response) throws IOException {
    byte[] body = response.body().getBytes(UTF_8);
    Delivery delivery = response.delivery();
    int status = response.status();
    boolean bodiless = status < 200 || status == 204 || status == 304;
    if (bodiless || (body.length == 0 && !delivery.endless())) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    if (delivery.endless()) {
      exchange.sendResponseHeaders(status, 0);
      byte[] piece = body.length > 0 ? body : new byte[] {'x'};
      OutputStream out = exchange.getResponseBody();
      while (!closed) {
        out.write(piece);
      }
    } else if (delivery.pieceBytes() > 0) {
      exchange.sendResponseHeaders(status, 0);
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < body.length && !closed; i += delivery.pieceBytes()) {
        out.write(body, i, Math.min(delivery.pieceBytes(), body.length - i));
        out.flush();
        try {
          Thread.sleep(delivery.pause());
        } catch (InterruptedException e) {
          return;
        }
      }
      out.close();
    } else if (delivery.cutAfter() >= 0) {
      exchange.sendResponseHeaders(status, body.length);
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, Math.min(delivery.cutAfter(), body.length));
      out.flush();
      // closing the exchange short of the declared length drops the connection
    } else {
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    server.stop(0);
    executor.shutdownNow();
  }
}
