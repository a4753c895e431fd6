package io.devpulse.report;

import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What the user asked of a release report ({@code report --release TAG}): the repository and the
 * release's tag (exactly as tagged), and how to write it, as for {@link ReportRequest}.
 *
 * @param projectName the name in the title; defaults to the repository's name
 * @param templatesDir a directory whose templates and message files override the built-in ones, or
 *     null
 */
public record ReleaseReportRequest(
    Repository repository,
    String tag,
    String projectName,
    ZoneId zone,
    ReportLanguage language,
    ReportFormat format,
    Path templatesDir) {
  public ReleaseReportRequest {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(tag, "tag");
    if (tag.isBlank() || tag.chars().anyMatch(Character::isISOControl)) {
      throw new io.devpulse.model.UserErrorException(
          "--release must be a tag on one line, such as v0.11.1");
    }
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(format, "format");
    projectName =
        projectName == null || projectName.isBlank() ? repository.name() : projectName.strip();
  }

  /** The same report of {@code repo} (the index's spelling of it, say). */
  public ReleaseReportRequest withRepository(Repository repo) {
    return new ReleaseReportRequest(
        repo,
        tag,
        projectName.equals(repository.name()) ? null : projectName,
        zone,
        language,
        format,
        templatesDir);
  }
}
