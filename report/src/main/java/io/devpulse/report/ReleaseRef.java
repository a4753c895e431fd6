package io.devpulse.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A release as the report shows it. Tag and name are raw (untrusted); {@link #url} is built from
 * the repository and the tag, never taken from the data.
 *
 * @param repository {@code owner/name}
 * @param name the release's title ({@code ""} when it has none)
 */
public record ReleaseRef(
    String repository,
    String tag,
    String name,
    Instant publishedAt,
    boolean prerelease,
    String author,
    String url) {
  public ReleaseRef {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(publishedAt, "publishedAt");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(url, "url");
  }
}
