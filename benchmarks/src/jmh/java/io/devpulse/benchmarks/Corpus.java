package io.devpulse.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark corpus, generated deterministically (same input files give byte-identical output):
 * {@code items.jsonl} (N issues-endpoint items) and {@code comments.jsonl} (issue comments).
 *
 * <ul>
 *   <li>Titles, numbers, authors, created/closed/merged times: the 7,080 real merged pull requests
 *       of {@code vllm-merged-prs/issues.jsonl.gz}, repeated as copies k = 0, 1, 2, ... until N
 *       items: copy k adds {@code 40000·k} to the number (the originals are below 40,000) and moves
 *       every time back by {@code 84·k} days, so copies interleave at about vLLM's real rate (~85
 *       items/day) over ~3.9 years.
 *   <li>Bodies and labels: item g takes the body and labels of hour-fixture item {@code g mod 5}
 *       ({@code vllm-2025-12-10-hour/issues.json}: four PR descriptions and a bug report with the
 *       collect_env block).
 *   <li>Kind and state: every third item (g mod 3 = 2) becomes an issue (no {@code pull_request});
 *       half of those are open. The rest stay merged pull requests.
 *   <li>Comments: every second item gets a bot comment (text of the fixture's comments.json) 7
 *       minutes after creation and a human comment (author: the author of item g+1, body: a fixture
 *       body) 25 minutes after; every tenth item two more human comments at +50 min and +3 h, so
 *       reports have human discussions.
 * </ul>
 */
public final class Corpus {
  public static final int DEFAULT_ITEMS = 100_000;
  static final int NUMBER_STRIDE = 40_000;
  static final Duration COPY_SHIFT = Duration.ofDays(84);
  static final String API = "https://api.github.com/repos/vllm-project/vllm";
  static final String WEB = "https://github.com/vllm-project/vllm";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Corpus() {}

  /**
   * {@code Corpus FIXTURES_DIR OUT_DIR [ITEMS]}: writes OUT_DIR/items.jsonl and
   * OUT_DIR/comments.jsonl.
   */
  public static void main(String[] args) throws IOException {
    Path fixtures = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int n = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_ITEMS;
    Stats s = generate(fixtures, out, n);
    System.err.printf(
        "corpus: %d items (%d issues), %d comments in %s%n", s.items, s.issues, s.comments, out);
  }

  record Stats(int items, int issues, int comments) {}

  static Stats generate(Path fixtures, Path out, int n) throws IOException {
    List<ObjectNode> titles = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(fixtures.resolve("vllm-merged-prs/issues.jsonl.gz"))),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          titles.add((ObjectNode) JSON.readTree(line));
        }
      }
    }
    ArrayNode hour =
        (ArrayNode) JSON.readTree(fixtures.resolve("vllm-2025-12-10-hour/issues.json").toFile());
    ArrayNode hourComments =
        (ArrayNode) JSON.readTree(fixtures.resolve("vllm-2025-12-10-hour/comments.json").toFile());
    List<String> bodies = new ArrayList<>();
    List<JsonNode> labels = new ArrayList<>();
    for (JsonNode h : hour) {
      bodies.add(h.path("body").asText(""));
      labels.add(h.path("labels"));
    }
    List<String> botBodies = new ArrayList<>();
    List<JsonNode> botUsers = new ArrayList<>();
    for (JsonNode c : hourComments) {
      botBodies.add(c.path("body").asText(""));
      botUsers.add(c.path("user"));
    }

    Files.createDirectories(out);
    int issues = 0;
    int comments = 0;
    long commentId = 5_000_000_000L;
    try (OutputStream itemsOut = Files.newOutputStream(out.resolve("items.jsonl.tmp"));
        OutputStream commentsOut = Files.newOutputStream(out.resolve("comments.jsonl.tmp"));
        JsonGenerator items = JSON.createGenerator(itemsOut);
        JsonGenerator cs = JSON.createGenerator(commentsOut)) {
      items.setRootValueSeparator(null);
      cs.setRootValueSeparator(null);
      for (int g = 0; g < n; g++) {
        int k = g / titles.size();
        ObjectNode src = titles.get(g % titles.size());
        ObjectNode item = src.deepCopy();
        int number = src.path("number").asInt() + NUMBER_STRIDE * k;
        Duration shift = COPY_SHIFT.multipliedBy(k);
        boolean issue = g % 3 == 2;
        boolean open = issue && g % 6 == 5;
        item.put("url", API + "/issues/" + number);
        item.put("html_url", WEB + (issue ? "/issues/" : "/pull/") + number);
        item.put("id", 900_000_000L + number);
        item.put("number", number);
        Instant created = shift(item, "created_at", shift);
        shift(item, "updated_at", shift);
        shift(item, "closed_at", shift);
        item.put("body", bodies.get(g % bodies.size()));
        item.set("labels", labels.get(g % labels.size()).deepCopy());
        int commentCount = (g % 2 == 0 ? 2 : 0) + (g % 10 == 0 ? 2 : 0);
        item.put("comments", commentCount);
        if (issue) {
          issues++;
          item.remove("pull_request");
          if (open) {
            item.put("state", "open");
            item.putNull("closed_at");
          }
        } else {
          ObjectNode pr = (ObjectNode) item.get("pull_request");
          pr.put("url", API + "/pulls/" + number);
          pr.put("html_url", WEB + "/pull/" + number);
          shift(pr, "merged_at", shift);
        }
        JSON.writeTree(items, item);
        items.writeRaw('\n');

        if (commentCount > 0) {
          String issueUrl = API + "/issues/" + number;
          String htmlBase = WEB + (issue ? "/issues/" : "/pull/") + number + "#issuecomment-";
          String human = titles.get((g + 1) % titles.size()).path("user").path("login").asText();
          int b = g % botBodies.size();
          writeComment(
              cs,
              commentId++,
              issueUrl,
              htmlBase,
              botUsers.get(b),
              "NONE",
              botBodies.get(b),
              created.plus(Duration.ofMinutes(7)));
          writeComment(
              cs,
              commentId++,
              issueUrl,
              htmlBase,
              user(human),
              "CONTRIBUTOR",
              bodies.get((g + 1) % bodies.size()),
              created.plus(Duration.ofMinutes(25)));
          comments += 2;
          if (g % 10 == 0) {
            String other = titles.get((g + 2) % titles.size()).path("user").path("login").asText();
            writeComment(
                cs,
                commentId++,
                issueUrl,
                htmlBase,
                user(other),
                "MEMBER",
                bodies.get((g + 2) % bodies.size()),
                created.plus(Duration.ofMinutes(50)));
            writeComment(
                cs,
                commentId++,
                issueUrl,
                htmlBase,
                user(human),
                "CONTRIBUTOR",
                bodies.get((g + 3) % bodies.size()),
                created.plus(Duration.ofHours(3)));
            comments += 2;
          }
        }
      }
    }
    Files.move(
        out.resolve("items.jsonl.tmp"),
        out.resolve("items.jsonl"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.move(
        out.resolve("comments.jsonl.tmp"),
        out.resolve("comments.jsonl"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return new Stats(n, issues, comments);
  }

  private static ObjectNode user(String login) {
    ObjectNode u = JSON.createObjectNode();
    u.put("login", login);
    u.put("id", 0);
    u.put("type", "User");
    return u;
  }

  private static void writeComment(
      JsonGenerator out,
      long id,
      String issueUrl,
      String htmlBase,
      JsonNode user,
      String association,
      String body,
      Instant at)
      throws IOException {
    ObjectNode c = JSON.createObjectNode();
    c.put("url", API + "/issues/comments/" + id);
    c.put("html_url", htmlBase + id);
    c.put("issue_url", issueUrl);
    c.put("id", id);
    c.set("user", user.deepCopy());
    c.put("created_at", at.toString());
    c.put("updated_at", at.toString());
    c.put("author_association", association);
    c.put("body", body);
    JSON.writeTree(out, c);
    out.writeRaw('\n');
  }

  private static Instant shift(ObjectNode node, String field, Duration back) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    Instant t = Instant.parse(v.asText()).minus(back);
    node.put(field, t.toString());
    return t;
  }
}
