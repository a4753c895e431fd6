package io.devpulse.benchmarks.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures a generated corpus (the files {@link ScaleCorpus} wrote) under the keys of {@code
 * distributions.properties}; the author measures are those of the first repository listed ({@code
 * vllm-project/vllm}), whose real authors they were fitted on. Keeps one entry per item (to know a
 * comment's item kind), so it is meant for corpora up to ~100k items.
 *
 * <p>State shares depend on the corpus's span (an item drawn to close after the corpus ends is
 * open), so beside each measured {@code state.*} share it reports {@code state.*.expected}: the
 * stated share times each item's chance to be closed by the end at its age.
 */
public final class CorpusProfile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusProfile() {}

  /** {@code CorpusProfile DIR}: prints each measure beside the stated value. */
  public static void main(String[] args) throws IOException {
    Distributions d = Distributions.stated();
    Map<String, Double> stated = d.numbers();
    of(Path.of(args[0]), d)
        .forEach(
            (k, v) ->
                System.out.printf(
                    "%-36s %12.3f   stated %s%n",
                    k, v, stated.containsKey(k) ? String.format("%.3f", stated.get(k)) : "-"));
  }

  public static Map<String, Double> of(Path dir, Distributions d) throws IOException {
    Profile p = new Profile();
    String authorsRepo = d.repositories().keySet().iterator().next();
    long end = d.end().getEpochSecond();
    double prClose = d.number("corpus.close.days.pr") * 86_400;
    double issueClose = d.number("corpus.close.days.issue") * 86_400;
    Map<String, Boolean> isPr = new HashMap<>();
    try (BufferedReader r =
        Files.newBufferedReader(dir.resolve("items.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode item = JSON.readTree(line);
        boolean pr = item.has("pull_request");
        String url = item.path("url").asText();
        isPr.put(url, pr);
        String repo = repo(item.path("repository_url").asText());
        p.item(pr ? "pr" : "issue", RealData.body(item), RealData.labels(item));
        p.count(pr ? "items.pr" : "items.issue", 1);
        p.count("repo." + repo, 1);
        if (repo.equals(authorsRepo)) {
          p.author(item.path("user").path("login").asText());
        }
        double age = end - Instant.parse(item.path("created_at").asText()).getEpochSecond();
        boolean closed = item.path("state").asText().equals("closed");
        if (pr) {
          double reach = 1 - Math.exp(-age / prClose);
          p.expect("state.pr.merged", d.number("state.pr.merged") * reach);
          p.expect("state.pr.closed", d.number("state.pr.closed") * reach);
          boolean merged = !item.path("pull_request").path("merged_at").isNull();
          p.count("pr.merged", merged ? 1 : 0);
          p.count("pr.closed", closed && !merged ? 1 : 0);
        } else {
          p.expect(
              "state.issue.closed",
              d.number("state.issue.closed") * (1 - Math.exp(-age / issueClose)));
          p.count("issue.closed", closed ? 1 : 0);
        }
      }
    }
    try (BufferedReader r =
        Files.newBufferedReader(dir.resolve("comments.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode c = JSON.readTree(line);
        String kind = isPr.get(c.path("issue_url").asText()) ? "pr" : "issue";
        p.count("comments." + kind, 1);
        p.count(
            "comments." + kind + ".bot",
            c.path("user").path("type").asText().equals("Bot") ? 1 : 0);
      }
    }
    try (BufferedReader r =
        Files.newBufferedReader(dir.resolve("reviews.jsonl"), StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode v = JSON.readTree(line);
        p.count("reviews", 1);
        p.count("reviews." + v.path("state").asText(), 1);
      }
    }
    return p.measures();
  }

  /** {@code https://api.github.com/repos/O/N} → {@code O/N}. */
  static String repo(String apiUrl) {
    List<String> parts = List.of(apiUrl.split("/"));
    return parts.get(parts.size() - 2) + "/" + parts.get(parts.size() - 1);
  }
}
