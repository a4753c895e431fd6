package io.devpulse.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Repository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The 7,080 merged vLLM pull requests of {@code data/vllm-merged-prs.jsonl}, as items. */
final class MergedPrs {
  static final Repository VLLM = new Repository("vllm-project", "vllm");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One row of vllm-merged-prs.jsonl. */
  record MergedPr(int number, String title, String author, String listedWeek) {}

  private MergedPrs() {}

  static List<MergedPr> all() {
    List<MergedPr> out = new ArrayList<>();
    try (InputStream in = MergedPrs.class.getResourceAsStream("/data/vllm-merged-prs.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = JSON.readTree(line);
          out.add(
              new MergedPr(
                  n.path("number").asInt(),
                  n.path("title").asText(),
                  n.path("author").asText(),
                  n.path("listed_week").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A merged pull request item with the given (full or stripped) title, created at its week. */
  static Item item(MergedPr pr, String title) {
    Instant week = LocalDate.parse(pr.listedWeek()).atStartOfDay(ZoneOffset.UTC).toInstant();
    return Item.builder(VLLM, pr.number(), ItemKind.PULL_REQUEST)
        .title(title)
        .author(Actor.user(pr.author()))
        .state(ItemState.CLOSED)
        .createdAt(week)
        .closedAt(week)
        .mergedAt(week)
        .build();
  }
}
