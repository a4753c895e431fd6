package io.devpulse.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.model.Entity;
import io.devpulse.model.Repository;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Holds a record to the repository that was asked for ({@link ReadOptions#requiredRepository()}): a
 * sync of {@code o/r} must not store what a server says about another repository, whatever its URLs
 * claim. Every API URL of the record ({@code url}, {@code *_url}, also inside {@code pull_request})
 * that names a repository, {@code base.repo.full_name}, and the repository the record was read as,
 * must be the required one; otherwise the record is a bad record, never written.
 */
final class RepositoryCheck {
  private RepositoryCheck() {}

  /**
   * @throws RecordProblem naming the field and both repositories when the record names another one
   */
  static void check(JsonNode record, Entity entity, Repository required) {
    checkUrls(record, "", required);
    JsonNode pullRequest = record.get("pull_request");
    if (pullRequest != null && pullRequest.isObject()) {
      checkUrls(pullRequest, "pull_request.", required);
    }
    JsonNode fullName = record.path("base").path("repo").path("full_name");
    if (fullName.isTextual() && !named(fullName.asText(), required)) {
      throw other("base.repo.full_name", fullName.asText(), required);
    }
    if (!entity.repository().equals(required)) {
      throw new RecordProblem(
          "record of repository "
              + entity.repository()
              + ", not of "
              + required
              + " that was asked for");
    }
  }

  private static void checkUrls(JsonNode object, String prefix, Repository required) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      if (!(name.equals("url") || name.endsWith("_url")) || !field.getValue().isTextual()) {
        continue;
      }
      String url = field.getValue().asText();
      Optional<Repository> named = RepositoryUrl.parse(url);
      if (named.isEmpty() && url.contains("/repos/")) {
        // /repos/../.. or /repos/o/..: no repository GitHub allows, so not the one asked for
        // either.
        throw other(prefix + name, url, required);
      }
      if (named.isPresent() && !named.get().equals(required)) {
        throw other(prefix + name, named.get().fullName(), required);
      }
    }
  }

  private static boolean named(String fullName, Repository required) {
    try {
      return Repository.parse(fullName).equals(required);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static RecordProblem other(String path, String named, Repository required) {
    return RecordProblem.field(
        path,
        "names repository " + JsonSnippet.cut(named) + ", not " + required + " that was asked for");
  }
}
