package io.devpulse.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Comment;
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

/** Test data: the hour fixture as Items (a tiny GitHub JSON reader) and the merged-PR data set. */
public final class Fixtures {
  public static final Repository VLLM = new Repository("vllm-project", "vllm");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One row of vllm-merged-prs.jsonl. */
  public record MergedPr(int number, String title, String author, String listedWeek) {}

  private Fixtures() {}

  public static List<Item> hourItems() {
    List<Item> items = new ArrayList<>();
    for (JsonNode n : read("/fixtures/vllm-2025-12-10-hour/issues.json")) {
      List<String> labels = new ArrayList<>();
      n.path("labels").forEach(l -> labels.add(l.path("name").asText()));
      boolean pr = n.has("pull_request");
      items.add(Item.builder(VLLM, n.path("number").asInt(), pr ? ItemKind.PULL_REQUEST : ItemKind.ISSUE)
          .title(n.path("title").asText())
          .body(n.path("body").asText(""))
          .author(actor(n.path("user")))
          .labels(labels)
          .state(ItemState.parse(n.path("state").asText()))
          .createdAt(Instant.parse(n.path("created_at").asText()))
          .updatedAt(Instant.parse(n.path("updated_at").asText()))
          .closedAt(n.path("closed_at").isTextual() ? Instant.parse(n.path("closed_at").asText()) : null)
          .commentCount(n.path("comments").asInt())
          .authorAssociation(n.path("author_association").asText(null))
          .htmlUrl(n.path("html_url").asText(null))
          .build());
    }
    return items;
  }

  public static List<Comment> hourComments() {
    List<Comment> out = new ArrayList<>();
    for (JsonNode n : read("/fixtures/vllm-2025-12-10-hour/comments.json")) {
      String issueUrl = n.path("issue_url").asText();
      int number = Integer.parseInt(issueUrl.substring(issueUrl.lastIndexOf('/') + 1));
      out.add(new Comment(VLLM, n.path("id").asLong(), number, actor(n.path("user")),
          Instant.parse(n.path("created_at").asText()), Instant.parse(n.path("updated_at").asText()),
          n.path("body").asText()));
    }
    return out;
  }

  public static Item hourItem(int number) {
    return hourItems().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
  }

  private static Actor actor(JsonNode user) {
    return new Actor(user.path("login").asText(), ActorType.fromGitHub(user.path("type").asText(null)));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<MergedPr> mergedPrs() {
    List<MergedPr> out = new ArrayList<>();
    try (InputStream in = Fixtures.class.getResourceAsStream("/data/vllm-merged-prs.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = JSON.readTree(line);
          out.add(new MergedPr(n.path("number").asInt(), n.path("title").asText(), n.path("author").asText(),
              n.path("listed_week").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** A merged pull request item with the given (already stripped) title. */
  public static Item mergedItem(MergedPr pr, String title) {
    Instant week = LocalDate.parse(pr.listedWeek()).atStartOfDay(ZoneOffset.UTC).toInstant();
    return Item.builder(VLLM, pr.number(), ItemKind.PULL_REQUEST)
        .title(title).author(Actor.user(pr.author())).state(ItemState.CLOSED)
        .createdAt(week).closedAt(week).mergedAt(week).build();
  }

  /** A pull request or issue with just the fields most tests need. */
  public static Item item(int number, ItemKind kind, String title, String body, String login, String... labels) {
    return Item.builder(VLLM, number, kind).title(title).body(body).author(Actor.user(login))
        .labels(List.of(labels)).createdAt(Instant.parse("2025-12-10T11:00:00Z")).build();
  }
}
