package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Reactions;
import io.devpulse.model.Repository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an {@link Item} from an issues-endpoint object (a pull request when it has a {@code
 * pull_request} object, merged when {@code pull_request.merged_at} is set) or a pulls-endpoint
 * object (top-level {@code merged_at}, repository from {@code base.repo.full_name}).
 */
final class ItemJson {
  private ItemJson() {}

  /**
   * An item of {@code GET /repos/O/N/issues}; repository from {@code repository_url}, else {@code
   * url}.
   */
  static Item fromIssue(JsonFields record, Repository fallback) {
    Repository repository =
        RepositoryUrl.fromField(record, "repository_url")
            .or(() -> RepositoryUrl.fromField(record, "url"))
            .or(() -> Optional.ofNullable(fallback))
            .orElseThrow(() -> noRepository("repository_url or url"));
    Optional<JsonFields> pullRequest = record.optionalObject("pull_request");
    ItemKind kind = pullRequest.isPresent() ? ItemKind.PULL_REQUEST : ItemKind.ISSUE;
    Instant mergedAt = pullRequest.map(p -> p.optionalTime("merged_at")).orElse(null);
    return read(record, repository, kind, mergedAt);
  }

  /**
   * An item of {@code GET /repos/O/N/pulls}; repository from {@code base.repo.full_name}, else
   * {@code url}.
   */
  static Item fromPull(JsonFields record, Repository fallback) {
    Repository repository =
        baseRepository(record)
            .or(() -> RepositoryUrl.fromField(record, "url"))
            .or(() -> Optional.ofNullable(fallback))
            .orElseThrow(() -> noRepository("base.repo.full_name or url"));
    return read(record, repository, ItemKind.PULL_REQUEST, record.optionalTime("merged_at"));
  }

  static RecordProblem noRepository(String fields) {
    return new RecordProblem("cannot tell the repository (no " + fields + "); use --repo");
  }

  private static Item read(
      JsonFields record, Repository repository, ItemKind kind, Instant mergedAt) {
    return Item.builder(repository, record.positiveInt("number"), kind)
        .title(record.optionalString("title"))
        .body(record.optionalString("body"))
        .author(ActorJson.read(record, "user"))
        .labels(labels(record))
        .state(state(record))
        .draft(record.optionalBoolean("draft", false))
        .createdAt(record.time("created_at"))
        .updatedAt(record.optionalTime("updated_at"))
        .closedAt(record.optionalTime("closed_at"))
        .mergedAt(mergedAt)
        .commentCount(record.nonNegativeInt("comments", 0))
        .authorAssociation(record.optionalString("author_association"))
        .htmlUrl(record.optionalString("html_url"))
        .reactions(reactions(record))
        .build();
  }

  /**
   * The {@code reactions} object's total and {@code +1} counts; null when the object is absent (an
   * export without it: not fetched, not zero).
   */
  private static Reactions reactions(JsonFields record) {
    return record
        .optionalObject("reactions")
        .map(r -> new Reactions(r.nonNegativeInt("total_count", 0), r.nonNegativeInt("+1", 0)))
        .orElse(null);
  }

  private static ItemState state(JsonFields record) {
    String state = record.string("state");
    try {
      return ItemState.parse(state);
    } catch (IllegalArgumentException e) {
      throw RecordProblem.expected(
          record.path("state"), "\"open\" or \"closed\"", record.raw("state"));
    }
  }

  /** Label objects with a {@code name}, or plain names. */
  private static List<String> labels(JsonFields record) {
    if (record.isAbsent("labels")) {
      return List.of();
    }
    JsonNode labels = record.raw("labels");
    if (!labels.isArray()) {
      throw RecordProblem.expected(record.path("labels"), "an array of labels", labels);
    }
    List<String> names = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      JsonNode label = labels.get(i);
      String path = record.path("labels") + "[" + i + "]";
      if (label.isTextual()) {
        names.add(label.textValue());
      } else if (label.isObject()) {
        JsonNode name = label.get("name");
        if (name == null || !name.isTextual()) {
          throw RecordProblem.expected(path + ".name", "a string", name);
        }
        names.add(name.textValue());
      } else {
        throw RecordProblem.expected(path, "a label object or name", label);
      }
    }
    return names;
  }

  private static Optional<Repository> baseRepository(JsonFields record) {
    Optional<JsonFields> repo =
        record.optionalObject("base").flatMap(base -> base.optionalObject("repo"));
    if (repo.isEmpty()) {
      return Optional.empty();
    }
    JsonFields fields = repo.get();
    String fullName = fields.optionalString("full_name");
    if (fullName == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Repository.parse(fullName));
    } catch (IllegalArgumentException e) {
      throw RecordProblem.expected(fields.path("full_name"), "OWNER/NAME", fields.raw("full_name"));
    }
  }
}
