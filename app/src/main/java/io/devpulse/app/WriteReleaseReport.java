package io.devpulse.app;

import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.HeldRepositories;
import io.devpulse.app.internal.ReportFiles;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.report.ReleaseReport;
import io.devpulse.report.ReleaseReportBuilder;
import io.devpulse.report.ReleaseReportRequest;
import io.devpulse.report.ReportFormat;
import io.devpulse.report.ReportRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds and renders the report of one release ({@code report --release TAG}): the pull requests
 * merged since the previous release, by topic, and the regressions reported against it, over a
 * classification in step with the rule files.
 */
public final class WriteReleaseReport {
  private final Devpulse app;

  public WriteReleaseReport(Devpulse app) {
    this.app = app;
  }

  /**
   * @param report the repository, the tag and how to write it
   * @param outOrNull a file, or an existing directory for a post named by the release ({@link
   *     #postName}); null for text only
   * @param force replace whatever is at the file, not only a regular file
   * @param notices hears that stale classifications were refreshed first
   */
  public record Request(
      Path indexDir,
      Pack pack,
      ReleaseReportRequest report,
      Path outOrNull,
      boolean force,
      IndexNotices notices) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(notices, "notices");
    }
  }

  /** The rendered report, what it was made from, and the file written (null when none). */
  public record Result(String text, ReleaseReport report, Path writtenOrNull) {}

  /**
   * {@code 2025-12-11-release-vllm-v0.11.1.md}: the post of a release report, dated by its
   * publication in the report's zone; characters a file name should not hold become {@code _}.
   */
  public static String postName(ReleaseReport report, ReportFormat format) {
    String date =
        report.release().publishedAt().atZone(ZoneId.of(report.zone())).toLocalDate().toString();
    String name = report.repository().substring(report.repository().indexOf('/') + 1);
    return (date + "-release-" + name + "-" + report.release().tag())
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9._-]", "_")
        + "."
        + format.key();
  }

  public Result run(Request request) {
    try (HistoryIndex index =
        CurrentIndex.open(app, request.indexDir(), request.pack(), request.notices())) {
      ReleaseReportRequest report =
          request
              .report()
              .withRepository(
                  HeldRepositories.of(index)
                      .resolveAll(java.util.List.of(request.report().repository()))
                      .get(0));
      ReleaseReport built = ReleaseReportBuilder.build(index, report);
      String text =
          app.secrets()
              .redact(ReportRenderer.renderRelease(built, report, request.pack().phrasing()));
      if (request.outOrNull() == null) {
        return new Result(text, built, null);
      }
      Path file =
          Files.isDirectory(request.outOrNull())
              ? request.outOrNull().resolve(postName(built, report.format()))
              : request.outOrNull();
      ReportFiles.write(file, text, request.force());
      return new Result(text, built, file);
    }
  }
}
