package io.devpulse.github;

import io.devpulse.model.Entity;
import java.util.Objects;

/**
 * One record read from a file.
 *
 * @param entity the item, comment or review it describes
 * @param json the record's JSON as read (unknown fields included), re-serialised compactly on one
 *     line, so that it can be stored and re-processed without fetching it again
 * @param position where the record's opening brace is
 */
public record ParsedRecord(Entity entity, String json, SourcePosition position) {

  public ParsedRecord {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(position, "position");
  }
}
