package io.devpulse.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.devpulse.model.Finding;
import io.devpulse.model.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An issue or pull request as the report shows it. Strings are raw (untrusted: titles, logins and
 * labels come from GitHub users); renderers escape them. {@link #url} is built from the repository
 * and number, never taken from the data.
 *
 * @param kind {@code issue} or {@code pr}
 * @param state {@code open}, {@code closed} or {@code merged}
 * @param priority the rules' priority, or null when the item is not classified
 * @param repository {@code owner/name} in a roll-up report (several repositories), where every item
 *     is labelled with its repository; null (and absent from the JSON) in a single repository's
 *     report
 * @param primary the topic the item is mainly about, or null when the rules named none (or the item
 *     is not classified)
 * @param findings what the rules found the item to claim or risk (kind, rule, values, evidence)
 */
public record ItemRef(
    int number,
    String kind,
    String title,
    String url,
    String author,
    List<String> labels,
    String state,
    Instant createdAt,
    Instant closedAt,
    Instant mergedAt,
    List<String> topics,
    Priority priority,
    @JsonInclude(JsonInclude.Include.NON_NULL) String repository,
    String primary,
    List<Finding> findings) {

  public ItemRef {
    findings = List.copyOf(findings);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(author, "author");
    labels = List.copyOf(labels);
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    topics = List.copyOf(topics);
  }

  /** An item of a single repository's report (no repository label). */
  public ItemRef(
      int number,
      String kind,
      String title,
      String url,
      String author,
      List<String> labels,
      String state,
      Instant createdAt,
      Instant closedAt,
      Instant mergedAt,
      List<String> topics,
      Priority priority) {
    this(
        number, kind, title, url, author, labels, state, createdAt, closedAt, mergedAt, topics,
        priority, null, null, List.of());
  }

  /** An item without a primary topic and findings, labelled with {@code repository} (or null). */
  public ItemRef(
      int number,
      String kind,
      String title,
      String url,
      String author,
      List<String> labels,
      String state,
      Instant createdAt,
      Instant closedAt,
      Instant mergedAt,
      List<String> topics,
      Priority priority,
      String repository) {
    this(
        number,
        kind,
        title,
        url,
        author,
        labels,
        state,
        createdAt,
        closedAt,
        mergedAt,
        topics,
        priority,
        repository,
        null,
        List.of());
  }

  public boolean isPullRequest() {
    return kind.equals("pr");
  }
}
