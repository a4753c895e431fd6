package io.devpulse.benchmarks.scale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the scale corpus: {@code items.jsonl} (issues-endpoint issues and pull requests),
 * {@code comments.jsonl} (issue comments) and {@code reviews.jsonl} (pull request reviews) in the
 * shapes of GitHub's REST API, which {@code devpulse import} reads. Deterministic: the same size
 * and seed give the same bytes. Streamed: one item and its discussion at a time, so a million items
 * need no more memory than ten thousand (the per-repository author tables aside, a few MB).
 *
 * <p>What is drawn from where is stated in {@code distributions.properties}: items arrive at a
 * fixed rate ({@code corpus.items.per.day}) and end at {@code corpus.end}, so a larger corpus
 * reaches further back and the last hour holds as many items at 10k as at 1M; each item's
 * repository, kind, state, labels, comments and reviews are drawn from the stated shares; authors
 * of each repository from a Zipf–Mandelbrot law over a pool proportional to its items (vLLM's real
 * logins on the top ranks); bodies from {@link BodySource}.
 */
public final class ScaleCorpus {
  static final long SECOND = 1;
  private static final JsonFactory JSON = new JsonFactory();
  private static final String[][] BOTS = {
    {"mergify[bot]", "PR has merge conflicts; please rebase."},
    {"github-actions[bot]", "This pull request has merge conflicts that must be resolved."},
    {"gemini-code-assist[bot]", "Code Review: the change looks consistent with the module."},
  };

  /** What a run wrote. */
  public record Stats(long items, long prs, long comments, long reviews) {}

  private final Distributions d;
  private final BodySource bodies;
  private final List<String> titles = new ArrayList<>();
  private final List<String> realLogins;
  private final List<String[]> botComments = new ArrayList<>();

  public ScaleCorpus(Distributions d) {
    this.d = d;
    this.bodies = new BodySource();
    Map<String, Integer> perAuthor = new HashMap<>();
    for (JsonNode merged : RealData.lines(RealData.MERGED_PRS)) {
      titles.add(merged.path("title").asText());
      perAuthor.merge(merged.path("author").asText(), 1, Integer::sum);
    }
    realLogins =
        perAuthor.entrySet().stream()
            .sorted(
                Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                    .reversed()
                    .thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .toList();
    for (JsonNode c : RealData.document(RealData.BOT_COMMENTS)) {
      botComments.add(
          new String[] {c.path("user").path("login").asText(), c.path("body").asText()});
    }
    for (String[] b : BOTS) {
      botComments.add(b);
    }
  }

  /** {@code ScaleCorpus OUT_DIR ITEMS [SEED]}; ITEMS may be written 10k, 100k, 1M. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ScaleCorpus OUT_DIR ITEMS [SEED]   (ITEMS e.g. 10000, 10k, 1M)");
      System.exit(2);
    }
    long started = System.nanoTime();
    Stats s =
        new ScaleCorpus(Distributions.stated())
            .write(Path.of(args[0]), size(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1);
    System.err.printf(
        Locale.ROOT,
        "scale corpus: %,d items (%,d pull requests), %,d comments, %,d reviews in %s (%.1f s)%n",
        s.items(),
        s.prs(),
        s.comments(),
        s.reviews(),
        args[0],
        (System.nanoTime() - started) / 1e9);
  }

  /** {@code 10k} → 10,000; {@code 1M} → 1,000,000; a plain number as it is. */
  public static long size(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    long unit = t.endsWith("k") ? 1_000 : t.endsWith("m") ? 1_000_000 : 1;
    return Long.parseLong(unit == 1 ? t : t.substring(0, t.length() - 1)) * unit;
  }

  /** One repository's numbering and author pool. */
  private static final class Repo {
    final String name;
    final String api;
    final String web;
    final long idBase;
    final Zipf authors;
    final String prefix;
    int next = 1;

    Repo(String name, int index, int pool, double s, double q) {
      this.name = name;
      this.api = "https://api.github.com/repos/" + name;
      this.web = "https://github.com/" + name;
      this.idBase = (index + 1L) * 1_000_000_000L;
      this.authors = new Zipf(pool, s, q);
      this.prefix =
          name.substring(name.indexOf('/') + 1).toLowerCase(Locale.ROOT).replace('.', '-');
    }
  }

  public Stats write(Path out, long n, long seed) throws IOException {
    Files.createDirectories(out);
    Map<String, Double> shares = d.repositories();
    List<Repo> repos = new ArrayList<>();
    double[] cumulative = new double[shares.size()];
    double t = 0;
    double perItem = d.number("authors.pool.per.item");
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      int pool = (int) Math.max(50, Math.ceil(perItem * n * e.getValue()));
      repos.add(
          new Repo(
              e.getKey(),
              repos.size(),
              pool,
              d.number("authors.zipf.s"),
              d.number("authors.zipf.q")));
      t += e.getValue();
      cumulative[repos.size() - 1] = t;
    }
    Instant end = d.end();
    double gap = 86_400.0 / d.number("corpus.items.per.day");
    long endSecond = end.getEpochSecond();
    Map<String, Double> prLabels = d.under("pr.label.");
    long prs = 0, comments = 0, reviews = 0;
    long commentId = 6_000_000_000L, reviewId = 7_000_000_000L;
    try (Writer items = new Writer(out, "items.jsonl");
        Writer cs = new Writer(out, "comments.jsonl");
        Writer rs = new Writer(out, "reviews.jsonl")) {
      for (long g = 0; g < n; g++) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + g);
        double r = rng.nextDouble() * t;
        int ri = 0;
        while (ri < cumulative.length - 1 && r >= cumulative[ri]) {
          ri++;
        }
        Repo repo = repos.get(ri);
        int number = repo.next++;
        long created = endSecond - (long) ((n - g) * gap) + (long) (rng.nextDouble() * gap);
        boolean pr = rng.nextDouble() < d.number("corpus.pr.share");
        BodySource.Skeleton skeleton = bodies.skeleton(pr, rng);
        String body = bodies.body(skeleton, pr, rng);
        String title = pr ? titles.get(rng.nextInt(titles.size())) : skeleton.title();
        List<String> labels = new ArrayList<>();
        if (pr) {
          for (Map.Entry<String, Double> l : prLabels.entrySet()) {
            if (rng.nextDouble() < l.getValue()) {
              labels.add(l.getKey());
            }
          }
        } else {
          labels.addAll(skeleton.labels());
        }
        int rank = repo.authors.next(rng);
        String author = login(repo, rank);
        String state;
        long closed = -1;
        boolean merged = false;
        double u = rng.nextDouble();
        double closeDays = d.number(pr ? "corpus.close.days.pr" : "corpus.close.days.issue");
        long closeAt = created + (long) (exponential(rng, closeDays) * 86_400);
        if (pr && u < d.number("state.pr.merged")) {
          merged = true;
        }
        boolean closes =
            pr
                ? u < d.number("state.pr.merged") + d.number("state.pr.closed")
                : u < d.number("state.issue.closed");
        // An item that would close after the corpus ends is still open at its end; the shares are
        // of items drawn to close, so the youngest items of every corpus stay open, as on GitHub.
        if (closes && closeAt <= endSecond) {
          closed = closeAt;
          state = "closed";
        } else {
          merged = false;
          state = "open";
        }
        long updated = Math.max(created, closed);

        // Discussion: written before the item, so the item's comment count and update time are
        // known when it is written; nothing is held but this item's.
        int commentCount = geometric(rng, d.number(pr ? "comments.per.pr" : "comments.per.issue"));
        double botShare = d.number(pr ? "comments.bot.share.pr" : "comments.bot.share.issue");
        String kindPath = pr ? "/pull/" : "/issues/";
        int written = 0;
        for (int c = 0; c < commentCount; c++) {
          long at =
              created + 60 + (long) (exponential(rng, d.number("comments.delay.hours")) * 3600);
          boolean bot = rng.nextDouble() < botShare;
          String[] botText = bot ? botComments.get(rng.nextInt(botComments.size())) : null;
          String who = bot ? botText[0] : login(repo, repo.authors.next(rng));
          String text = bot ? botText[1] : bodies.commentText(rng);
          if (at > endSecond) {
            continue;
          }
          long id = commentId++;
          JsonGenerator j = cs.json;
          j.writeStartObject();
          j.writeStringField("url", repo.api + "/issues/comments/" + id);
          j.writeStringField("html_url", repo.web + kindPath + number + "#issuecomment-" + id);
          j.writeStringField("issue_url", repo.api + "/issues/" + number);
          j.writeNumberField("id", id);
          user(j, who, bot);
          j.writeStringField("created_at", iso(at));
          j.writeStringField("updated_at", iso(at));
          j.writeStringField("author_association", bot ? "NONE" : "CONTRIBUTOR");
          j.writeStringField("body", text);
          j.writeEndObject();
          cs.line();
          written++;
          updated = Math.max(updated, at);
        }
        comments += written;
        if (pr) {
          prs++;
          int reviewCount = geometric(rng, d.number("reviews.per.pr"));
          for (int v = 0; v < reviewCount; v++) {
            long at =
                created + 300 + (long) (exponential(rng, d.number("comments.delay.hours")) * 3600);
            double s = rng.nextDouble();
            String reviewState =
                s < d.number("reviews.approved")
                    ? "APPROVED"
                    : s < d.number("reviews.approved") + d.number("reviews.changes_requested")
                        ? "CHANGES_REQUESTED"
                        : "COMMENTED";
            String who = login(repo, repo.authors.next(rng));
            if (at > endSecond) {
              continue;
            }
            long id = reviewId++;
            JsonGenerator j = rs.json;
            j.writeStartObject();
            j.writeNumberField("id", id);
            user(j, who, false);
            j.writeStringField("body", "");
            j.writeStringField("state", reviewState);
            j.writeStringField(
                "html_url", repo.web + "/pull/" + number + "#pullrequestreview-" + id);
            j.writeStringField("pull_request_url", repo.api + "/pulls/" + number);
            j.writeStringField("author_association", "MEMBER");
            j.writeStringField("submitted_at", iso(at));
            j.writeEndObject();
            rs.line();
            reviews++;
            updated = Math.max(updated, at);
          }
        }

        JsonGenerator j = items.json;
        j.writeStartObject();
        j.writeStringField("url", repo.api + "/issues/" + number);
        j.writeStringField("repository_url", repo.api);
        j.writeStringField("html_url", repo.web + kindPath + number);
        j.writeNumberField("id", repo.idBase + number);
        j.writeNumberField("number", number);
        j.writeStringField("title", title);
        user(j, author, false);
        j.writeArrayFieldStart("labels");
        for (String l : labels) {
          j.writeStartObject();
          j.writeStringField("name", l);
          j.writeEndObject();
        }
        j.writeEndArray();
        j.writeStringField("state", state);
        j.writeBooleanField("locked", false);
        j.writeNumberField("comments", written);
        j.writeStringField("created_at", iso(created));
        j.writeStringField("updated_at", iso(updated));
        if (closed >= 0) {
          j.writeStringField("closed_at", iso(closed));
        } else {
          j.writeNullField("closed_at");
        }
        j.writeStringField("author_association", rank < 30 ? "MEMBER" : "CONTRIBUTOR");
        if (body == null) {
          j.writeNullField("body");
        } else {
          j.writeStringField("body", body);
        }
        if (pr) {
          j.writeObjectFieldStart("pull_request");
          j.writeStringField("url", repo.api + "/pulls/" + number);
          j.writeStringField("html_url", repo.web + "/pull/" + number);
          if (merged) {
            j.writeStringField("merged_at", iso(closed));
          } else {
            j.writeNullField("merged_at");
          }
          j.writeEndObject();
        }
        j.writeEndObject();
        items.line();
      }
      items.commit();
      cs.commit();
      rs.commit();
    }
    return new Stats(n, prs, comments, reviews);
  }

  private String login(Repo repo, int rank) {
    if (repo.name.equals("vllm-project/vllm") && rank < realLogins.size()) {
      return realLogins.get(rank);
    }
    return repo.prefix + "-dev" + rank;
  }

  private static void user(JsonGenerator j, String login, boolean bot) throws IOException {
    j.writeObjectFieldStart("user");
    j.writeStringField("login", login);
    j.writeNumberField("id", 0);
    j.writeStringField("type", bot ? "Bot" : "User");
    j.writeEndObject();
  }

  private static String iso(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).toString();
  }

  /** An exponential variate of the given mean. */
  private static double exponential(SplittableRandom rng, double mean) {
    return -mean * Math.log(1 - rng.nextDouble());
  }

  /** A count 0, 1, 2, ... with P(k) = (1-p) p^k and mean {@code mean}. */
  static int geometric(SplittableRandom rng, double mean) {
    double p = mean / (1 + mean);
    int k = 0;
    while (rng.nextDouble() < p) {
      k++;
    }
    return k;
  }

  /** One output file, written to a temporary name and renamed when complete. */
  private static final class Writer implements AutoCloseable {
    final Path tmp;
    final Path target;
    final OutputStream stream;
    final JsonGenerator json;
    boolean done;

    Writer(Path dir, String name) throws IOException {
      target = dir.resolve(name);
      tmp = dir.resolve(name + ".tmp");
      stream = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
      json = JSON.createGenerator(stream);
      json.setRootValueSeparator(null);
    }

    void line() throws IOException {
      json.writeRaw('\n');
    }

    void commit() {
      done = true;
    }

    @Override
    public void close() throws IOException {
      json.close();
      if (done) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.deleteIfExists(tmp);
      }
    }
  }
}
