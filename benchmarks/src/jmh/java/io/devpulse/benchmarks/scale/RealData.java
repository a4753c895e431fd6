package io.devpulse.benchmarks.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The real vLLM data the scale corpus is drawn from, copied beside this class from {@code
 * /work/shared/data} (see its README): 150 pull requests with the start of their descriptions
 * ({@code vllm-pr-dev-items.jsonl.gz}), 260 issues with theirs and their labels ({@code
 * vllm-priority-dev-items.jsonl.gz}), the titles and authors of 7,080 merged pull requests ({@code
 * vllm-merged-prs.jsonl.gz}), and the hour fixture's bot comments ({@code hour-comments.json}).
 */
final class RealData {
  static final String PR_ITEMS = "vllm-pr-dev-items.jsonl.gz";
  static final String ISSUE_ITEMS = "vllm-priority-dev-items.jsonl.gz";
  static final String MERGED_PRS = "vllm-merged-prs.jsonl.gz";
  static final String BOT_COMMENTS = "hour-comments.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private RealData() {}

  static List<JsonNode> lines(String resource) {
    List<JsonNode> out = new ArrayList<>();
    try (InputStream raw = open(resource);
        BufferedReader r =
            new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static JsonNode document(String resource) {
    try (InputStream in = open(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = RealData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }

  static String body(JsonNode item) {
    JsonNode b = item.get("body");
    return b == null || b.isNull() ? null : b.asText();
  }

  static List<String> labels(JsonNode item) {
    List<String> out = new ArrayList<>();
    for (JsonNode l : item.path("labels")) {
      out.add(l.isTextual() ? l.asText() : l.path("name").asText());
    }
    return out;
  }
}
