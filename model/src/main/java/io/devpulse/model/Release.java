package io.devpulse.model;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A release of a repository as GitHub's releases list gives it. A draft has no publication time;
 * GitHub records no update time for a release, so {@link #updatedAt()} is the publication (else the
 * creation) time and a copy fetched again replaces the stored one (equal times replace).
 *
 * @param tag the git tag ({@code v0.11.1})
 * @param name the release's title ({@code ""} when it has none)
 * @param publishedAtOrNull when it was published; null for a draft
 */
public record Release(
    Repository repository,
    long id,
    String tag,
    String name,
    String body,
    Actor author,
    boolean draft,
    boolean prerelease,
    Instant createdAt,
    Instant publishedAtOrNull,
    String htmlUrl)
    implements Entity {
  private static final Pattern LEADING_V = Pattern.compile("^[vV](?=[0-9])");

  public Release {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(createdAt, "createdAt");
    if (id <= 0) {
      throw new IllegalArgumentException("release id (" + id + ") must be positive");
    }
    if (tag.isBlank() || tag.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("tag (" + tag + ") must be one line of text, not blank");
    }
    name = Objects.requireNonNullElse(name, "");
    body = Objects.requireNonNullElse(body, "");
    htmlUrl = Objects.requireNonNullElse(htmlUrl, "");
  }

  @Override
  public String key() {
    return repository.key() + "/release/" + id;
  }

  @Override
  public Instant updatedAt() {
    return publishedAtOrNull != null ? publishedAtOrNull : createdAt;
  }

  /** Whether it was published (not a draft) by {@code time}. */
  public boolean publishedBefore(Instant time) {
    return !draft && publishedAtOrNull != null && publishedAtOrNull.isBefore(time);
  }

  /**
   * The version the tag names, as issues write it: the tag without a leading {@code v} before a
   * digit ({@code v0.11.1} → {@code 0.11.1}); other tags as they are.
   */
  public String version() {
    return LEADING_V.matcher(tag).replaceFirst("");
  }
}
