package io.devpulse.app;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.devpulse.github.LocalServer;
import io.devpulse.github.LocalServer.Request;
import io.devpulse.github.LocalServer.Response;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A GitHub API on 127.0.0.1 serving the hour fixture as GitHub would: lists filtered by {@code
 * since} (inclusive), oldest update first, {@link #pageSize} records per page with {@code Link}
 * headers, ETags with 304 for {@code If-None-Match}, rate-limit headers; plus scripted faults for
 * chosen requests.
 */
public final class FakeGithub implements AutoCloseable {
  public static final String REPO = "/repos/vllm-project/vllm";
  public static final Instant RESET = Instant.parse("2025-12-10T13:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  public final LocalServer server = LocalServer.start();
  public final int pageSize;
  private final AtomicLong remaining = new AtomicLong(5000);
  private final Map<Predicate<Request>, Deque<Response>> faults = new LinkedHashMap<>();

  public FakeGithub(int pageSize) {
    this.pageSize = pageSize;
    list(REPO + "/issues", fixture("issues.json"));
    list(REPO + "/issues/comments", fixture("comments.json"));
  }

  public static List<JsonNode> fixture(String name) {
    try (InputStream in =
        FakeGithub.class.getResourceAsStream("/fixtures/vllm-2025-12-10-hour/" + name)) {
      List<JsonNode> records = new ArrayList<>();
      JSON.readTree(in).forEach(records::add);
      return records;
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<JsonNode> parse(String json) {
    try {
      List<JsonNode> records = new ArrayList<>();
      JSON.readTree(json).forEach(records::add);
      return records;
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI url() {
    return server.url();
  }

  public List<Request> requests() {
    return server.requests();
  }

  /**
   * Serves {@code records} at {@code path} as a paginated list, filtered by {@code since} when
   * asked.
   */
  public FakeGithub list(String path, List<JsonNode> records) {
    server.on(
        path,
        request -> {
          synchronized (faults) {
            for (var fault : faults.entrySet()) {
              if (fault.getKey().test(request) && !fault.getValue().isEmpty()) {
                return fault.getValue().poll();
              }
            }
          }
          return page(request, path, records);
        });
    return this;
  }

  /**
   * The next requests matching {@code which} get {@code responses}, one each, before normal
   * service.
   */
  public FakeGithub fault(Predicate<Request> which, Response... responses) {
    synchronized (faults) {
      faults.put(which, new ArrayDeque<>(List.of(responses)));
    }
    return this;
  }

  public static Predicate<Request> path(String pathAndQueryPart) {
    return r -> r.pathAndQuery().contains(pathAndQueryPart);
  }

  public static Predicate<Request> issuesPage(int page) {
    return r ->
        r.pathAndQuery().startsWith(REPO + "/issues?")
            && (page == 1
                ? !r.pathAndQuery().contains("&page=") || r.pathAndQuery().contains("&page=1")
                : r.pathAndQuery().contains("&page=" + page));
  }

  public Response rateLimited(int status, String message) {
    return rateLimited(status, message, RESET);
  }

  public Response rateLimited(int status, String message, Instant reset) {
    return Response.status(status, "{\"message\":\"" + message + "\"}")
        .header("X-RateLimit-Limit", "5000")
        .header("X-RateLimit-Remaining", "0")
        .header("X-RateLimit-Reset", String.valueOf(reset.getEpochSecond()));
  }

  private Response page(Request request, String path, List<JsonNode> records) throws Exception {
    Map<String, String> query = query(request.pathAndQuery());
    Instant since = query.containsKey("since") ? Instant.parse(query.get("since")) : null;
    List<JsonNode> selected =
        records.stream()
            .filter(r -> since == null || !updatedAt(r).isBefore(since))
            .sorted(Comparator.comparing(FakeGithub::updatedAt))
            .toList();
    int page = Integer.parseInt(query.getOrDefault("page", "1"));
    int from = Math.min(selected.size(), (page - 1) * pageSize);
    int to = Math.min(selected.size(), from + pageSize);
    ArrayNode body = JSON.createArrayNode();
    selected.subList(from, to).forEach(body::add);
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body);
    String etag =
        "\""
            + HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest((request.pathAndQuery() + text).getBytes(UTF_8)))
            + "\"";
    if (etag.equals(request.header("If-None-Match"))) {
      return withLimit(Response.status(304, "").header("ETag", etag), remaining.get());
    }
    Response response =
        withLimit(Response.json(text).header("ETag", etag), remaining.decrementAndGet());
    int last = Math.max(1, (selected.size() + pageSize - 1) / pageSize);
    if (page < last) {
      String base = server.url() + request.pathAndQuery().replaceAll("&page=\\d+", "");
      response =
          response.header(
              "Link",
              "<"
                  + base
                  + "&page="
                  + (page + 1)
                  + ">; rel=\"next\", <"
                  + base
                  + "&page="
                  + last
                  + ">; rel=\"last\"");
    }
    return response;
  }

  private static Response withLimit(Response r, long left) {
    return r.header("X-RateLimit-Limit", "5000")
        .header("X-RateLimit-Remaining", String.valueOf(left))
        .header("X-RateLimit-Reset", String.valueOf(RESET.getEpochSecond()))
        .header("X-RateLimit-Resource", "core");
  }

  private static Instant updatedAt(JsonNode record) {
    JsonNode t = record.has("updated_at") ? record.get("updated_at") : record.get("submitted_at");
    return t == null || t.isNull() ? Instant.EPOCH : Instant.parse(t.asText());
  }

  private static Map<String, String> query(String pathAndQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    int q = pathAndQuery.indexOf('?');
    if (q >= 0) {
      for (String pair : pathAndQuery.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          query.put(
              pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), UTF_8));
        }
      }
    }
    return query;
  }

  @Override
  public void close() {
    server.close();
  }
}
