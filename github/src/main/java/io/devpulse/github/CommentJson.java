package io.devpulse.github;

import io.devpulse.model.Comment;
import io.devpulse.model.Repository;

/**
 * Reads a {@link Comment} from an issue comment (item number and repository from {@code issue_url})
 * or a pull-request review comment (from {@code pull_request_url}).
 */
final class CommentJson {
  private CommentJson() {}

  static Comment read(JsonFields record) {
    String urlField =
        record.isAbsent("issue_url") && !record.isAbsent("pull_request_url")
            ? "pull_request_url"
            : "issue_url";
    int itemNumber = RepositoryUrl.numberFromField(record, urlField);
    Repository repository = RepositoryUrl.fromField(record, urlField).orElseThrow();
    return new Comment(
        repository,
        record.positiveLong("id"),
        itemNumber,
        ActorJson.read(record, "user"),
        record.time("created_at"),
        record.optionalTime("updated_at"),
        record.optionalString("body"),
        record.optionalString("author_association"));
  }
}
