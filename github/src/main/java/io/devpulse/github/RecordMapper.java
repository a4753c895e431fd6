package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one parsed JSON record into an entity: picks its type (forced or detected) and its mapping
 * class.
 */
final class RecordMapper {
  private final ReadOptions options;

  RecordMapper(ReadOptions options) {
    this.options = options;
  }

  /** The record's entity; a {@link RecordProblem} says why there is none. */
  Entity map(JsonNode record) {
    if (!record.isObject()) {
      throw new RecordProblem("expected a JSON object, got " + JsonSnippet.of(record));
    }
    RecordType type =
        options.forcedType() != null
            ? options.forcedType()
            : RecordShape.detect(record)
                .orElseThrow(
                    () ->
                        new RecordProblem(
                            "cannot tell the record type from its fields ("
                                + fieldNames(record)
                                + "); use --type"));
    JsonFields fields = JsonFields.of(record);
    Entity entity;
    try {
      entity =
          switch (type) {
            case ISSUE -> ItemJson.fromIssue(fields, options.fallbackRepository());
            case PULL -> ItemJson.fromPull(fields, options.fallbackRepository());
            case COMMENT -> CommentJson.read(fields);
            case REVIEW -> ReviewJson.read(fields);
            case RELEASE -> ReleaseJson.read(fields, options.fallbackRepository());
          };
    } catch (IllegalArgumentException e) {
      // The model's own checks, e.g. an item number beyond what it accepts.
      throw new RecordProblem(e.getMessage());
    }
    if (options.requiredRepository() != null) {
      RepositoryCheck.check(record, entity, options.requiredRepository());
    }
    return entity;
  }

  private static String fieldNames(JsonNode record) {
    List<String> names = new ArrayList<>();
    record.fieldNames().forEachRemaining(names::add);
    return names.isEmpty() ? "none" : JsonSnippet.cut(String.join(", ", names));
  }
}
