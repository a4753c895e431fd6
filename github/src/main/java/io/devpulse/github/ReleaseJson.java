package io.devpulse.github;

import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import java.util.Optional;

/**
 * Reads a {@link Release} from an item of {@code GET /repos/O/N/releases}: repository from {@code
 * url} ({@code .../repos/O/N/releases/ID}), else {@code --repo}; a draft has no {@code
 * published_at}.
 */
final class ReleaseJson {
  private ReleaseJson() {}

  static Release read(JsonFields record, Repository fallback) {
    Repository repository =
        RepositoryUrl.fromField(record, "url")
            .or(() -> Optional.ofNullable(fallback))
            .orElseThrow(() -> ItemJson.noRepository("url"));
    String tag = record.string("tag_name");
    if (tag.isBlank() || tag.chars().anyMatch(Character::isISOControl)) {
      throw RecordProblem.expected(
          record.path("tag_name"), "a tag on one line, not blank", record.raw("tag_name"));
    }
    return new Release(
        repository,
        record.positiveLong("id"),
        tag,
        record.optionalString("name"),
        record.optionalString("body"),
        ActorJson.read(record, "author"),
        record.optionalBoolean("draft", false),
        record.optionalBoolean("prerelease", false),
        record.time("created_at"),
        record.optionalTime("published_at"),
        record.optionalString("html_url"));
  }
}
