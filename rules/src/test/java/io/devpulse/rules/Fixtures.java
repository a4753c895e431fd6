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
import io.devpulse.rules.facts.AuthorHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test data: the hour fixture as Items (a tiny GitHub JSON reader) and single items. */
public final class Fixtures {
  public static final Repository VLLM = new Repository("vllm-project", "vllm");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  public static List<Item> hourItems() {
    List<Item> items = new ArrayList<>();
    for (JsonNode n : read("/fixtures/vllm-2025-12-10-hour/issues.json")) {
      List<String> labels = new ArrayList<>();
      n.path("labels").forEach(l -> labels.add(l.path("name").asText()));
      boolean pr = n.has("pull_request");
      items.add(
          Item.builder(VLLM, n.path("number").asInt(), pr ? ItemKind.PULL_REQUEST : ItemKind.ISSUE)
              .title(n.path("title").asText())
              .body(n.path("body").asText(""))
              .author(actor(n.path("user")))
              .labels(labels)
              .state(ItemState.parse(n.path("state").asText()))
              .createdAt(Instant.parse(n.path("created_at").asText()))
              .updatedAt(Instant.parse(n.path("updated_at").asText()))
              .closedAt(
                  n.path("closed_at").isTextual()
                      ? Instant.parse(n.path("closed_at").asText())
                      : null)
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
      out.add(
          new Comment(
              VLLM,
              n.path("id").asLong(),
              number,
              actor(n.path("user")),
              Instant.parse(n.path("created_at").asText()),
              Instant.parse(n.path("updated_at").asText()),
              n.path("body").asText()));
    }
    return out;
  }

  public static Item hourItem(int number) {
    return hourItems().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
  }

  private static Actor actor(JsonNode user) {
    return new Actor(
        user.path("login").asText(), ActorType.fromGitHub(user.path("type").asText(null)));
  }

  private static JsonNode read(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pull request or issue with just the fields most tests need. */
  public static Item item(
      int number, ItemKind kind, String title, String body, String login, String... labels) {
    return Item.builder(VLLM, number, kind)
        .title(title)
        .body(body)
        .author(Actor.user(login))
        .labels(List.of(labels))
        .createdAt(Instant.parse("2025-12-10T11:00:00Z"))
        .build();
  }

  /**
   * A {@link History} in which {@code login} (ignoring case) has {@code items} earlier items with
   * these topic counts and every other author none; no label history. What the classifier gets from
   * the engine's history, without the engine (the rules module cannot see it).
   */
  public static History authorHistory(String login, int items, Map<String, Integer> topicCounts) {
    return (who, before) ->
        Optional.of(
            who.equalsIgnoreCase(login)
                ? new AuthorHistory(who, items, topicCounts)
                : new AuthorHistory(who, 0, Map.of()));
  }
}
