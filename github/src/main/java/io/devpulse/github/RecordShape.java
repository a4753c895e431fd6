package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Tells a record's type from the fields it has, the way the API's endpoints differ. Checked in this
 * order, since some fields appear in several kinds:
 *
 * <ol>
 *   <li>{@code tag_name}: a release;
 *   <li>{@code pull_request_review_id} or {@code diff_hunk}: a pull-request review comment, read as
 *       a {@link RecordType#COMMENT} on the pull request;
 *   <li>{@code issue_url}: an issue comment;
 *   <li>{@code pull_request_url} with {@code submitted_at} or {@code state}: a review;
 *   <li>{@code head} and {@code base}: a pulls-endpoint pull request;
 *   <li>{@code number}, {@code title} or {@code repository_url}: an issues-endpoint item (issue or
 *       pull request), so that one without a number is reported as such.
 * </ol>
 */
final class RecordShape {
  private RecordShape() {}

  static Optional<RecordType> detect(JsonNode record) {
    if (record.has("tag_name")) {
      return Optional.of(RecordType.RELEASE);
    }
    if (record.has("pull_request_review_id") || record.has("diff_hunk")) {
      return Optional.of(RecordType.COMMENT);
    }
    if (record.has("issue_url")) {
      return Optional.of(RecordType.COMMENT);
    }
    if (record.has("pull_request_url") && (record.has("submitted_at") || record.has("state"))) {
      return Optional.of(RecordType.REVIEW);
    }
    if (record.has("head") && record.has("base")) {
      return Optional.of(RecordType.PULL);
    }
    if (record.has("number") || record.has("title") || record.has("repository_url")) {
      return Optional.of(RecordType.ISSUE);
    }
    return Optional.empty();
  }
}
