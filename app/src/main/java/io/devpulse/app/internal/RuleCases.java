package io.devpulse.app.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads a {@code rules test} cases file: JSON Lines, one case per line, blank lines and lines
 * starting with {@code #} ignored:
 *
 * <pre>{@code
 * {"name": "fp8 crash", "kind": "issue", "title": "...", "body": "...", "labels": ["bug"],
 *  "author": "someone", "authorType": "User", "files": ["vllm/x.py"],
 *  "expect": {"topics": ["low-precision"], "notTopics": ["amd-rocm"], "priority": "high"}}
 * }</pre>
 *
 * Only {@code title} and {@code expect} are required. A mistake is a one-line error naming file,
 * line and field.
 */
public final class RuleCases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Repository REPO = Repository.parse("devpulse/cases");
  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

  private RuleCases() {}

  public static List<RuleCase> read(Path file) throws IOException {
    List<RuleCase> cases = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        cases.add(parse(file, lineNo, line, cases.size() + 1));
      }
    }
    if (cases.isEmpty()) {
      throw new UserErrorException(file + ": no cases");
    }
    return cases;
  }

  private static RuleCase parse(Path file, int line, String text, int number) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new UserErrorException(
          file
              + ":"
              + line
              + ": malformed JSON: "
              + e.getOriginalMessage().lines().findFirst().orElse(""),
          e);
    }
    Field f = new Field(file, line, node);
    String kind = f.text("kind", "issue");
    Item item;
    try {
      item =
          Item.builder(REPO, number, ItemKind.parse(kind))
              .title(f.required("title"))
              .body(f.text("body", ""))
              .labels(f.list("labels"))
              .author(
                  new Actor(
                      f.text("author", "someone"),
                      ActorType.fromGitHub(f.text("authorType", "User"))))
              .changedFiles(f.list("files"))
              .createdAt(CREATED)
              .build();
    } catch (IllegalArgumentException e) {
      throw f.error("kind", e.getMessage());
    }
    Field expect = f.object("expect");
    String priority = expect.text("priority", null);
    Priority level;
    try {
      level = priority == null ? null : Priority.parse(priority);
    } catch (IllegalArgumentException e) {
      throw expect.error("priority", e.getMessage());
    }
    return new RuleCase(
        f.text("name", "case " + number),
        item,
        new LinkedHashSet<>(expect.list("topics")),
        new LinkedHashSet<>(expect.list("notTopics")),
        level);
  }

  /** Typed access to one JSON object of a case, with errors naming the field's path. */
  private record Field(Path file, int line, JsonNode node, String prefix) {
    Field(Path file, int line, JsonNode node) {
      this(file, line, node, "");
    }

    UserErrorException error(String name, String problem) {
      return new UserErrorException(
          file + ":" + line + ": field '" + prefix + name + "': " + problem);
    }

    String required(String name) {
      String value = text(name, null);
      if (value == null) {
        throw error(name, "missing");
      }
      return value;
    }

    String text(String name, String fallback) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return fallback;
      }
      if (!v.isTextual()) {
        throw error(name, "expected a string, got " + v);
      }
      return v.textValue();
    }

    List<String> list(String name) {
      JsonNode v = node.get(name);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw error(name, "expected an array of strings, got " + v);
      }
      List<String> out = new ArrayList<>();
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          throw error(name, "expected an array of strings, got " + v);
        }
        out.add(e.textValue());
      }
      return out;
    }

    Field object(String name) {
      JsonNode v = node.get(name);
      if (v == null || !v.isObject()) {
        throw error(name, v == null ? "missing" : "expected an object, got " + v);
      }
      return new Field(file, line, v, prefix + name + ".");
    }
  }
}
