package io.devpulse.app;

import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.HeldRepositories;
import io.devpulse.app.internal.Messages;
import io.devpulse.app.internal.ReportContexts;
import io.devpulse.app.internal.ReportFiles;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Coverage;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.report.Report;
import io.devpulse.report.ReportBuilder;
import io.devpulse.report.ReportContext;
import io.devpulse.report.ReportRenderer;
import io.devpulse.report.ReportRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Builds and renders the report of one window from the index over a classification in step with the
 * rule files, and publishes it: returned as text, or written atomically to a file or, given a
 * directory, to a Jekyll post named by the window. Who is a bot and what the AMD section checked
 * come from the rule pack, so an edited pack shows in the report.
 */
public final class WriteReport {
  private final Devpulse app;

  public WriteReport(Devpulse app) {
    this.app = app;
  }

  /**
   * @param report what the user asked; bots, focus topic and coverage come from the index and the
   *     pack
   * @param outOrNull a file, or an existing directory for a post named by the window; null for text
   *     only
   * @param force replace whatever is at the file, not only a regular file
   * @param requireComplete fail, writing nothing, unless a sync proved the window's items and
   *     comments complete (data imported from files never is)
   * @param notices hears that stale classifications were refreshed first
   */
  public record Request(
      Path indexDir,
      Pack pack,
      ReportRequest report,
      Path outOrNull,
      boolean force,
      boolean requireComplete,
      IndexNotices notices) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(notices, "notices");
    }

    /** Text only, nothing written. */
    public Request(Path indexDir, Pack pack, ReportRequest report, IndexNotices notices) {
      this(indexDir, pack, report, null, false, false, notices);
    }
  }

  /** {@code --require-complete} and no sync proves the window complete: nothing was written. */
  public static final class IncompleteWindowException extends UserErrorException {
    private static final long serialVersionUID = 1L;

    IncompleteWindowException(String message) {
      super(message);
    }
  }

  /** The rendered report, and the file it was written to (null when not written). */
  public record Result(String text, Path writtenOrNull) {}

  public Result run(Request request) {
    try (HistoryIndex index =
        CurrentIndex.open(app, request.indexDir(), request.pack(), request.notices())) {
      CurrentIndex.checkAssociations(index, request.notices());
      return run(request, index);
    }
  }

  /**
   * As {@link #run(Request)}, on {@code index} as {@code CurrentIndex} opened it for {@code
   * request}'s pack (the caller closes it): {@link CatchUpReports} opens it once for all its
   * windows, so a pack that did not classify the index is applied to a private copy once, not once
   * per window.
   */
  Result run(Request request, HistoryIndex index) {
    // Every repository asked for, in the index's spelling: a typo is an error, not a report of
    // zeros.
    List<Repository> repositories =
        HeldRepositories.of(index).resolveAll(request.report().repositories());
    CoverageLedger ledger = CoverageLedger.read(index.commitData());
    // A roll-up's coverage is its weakest repository's: complete only if complete for all of them.
    Coverage coverage = Coverage.allOf(repositories.stream().map(ledger::coverageOf).toList());
    if (request.requireComplete() && !coverage.complete(request.report().window())) {
      throw new IncompleteWindowException(
          Messages.get(
              "report.incomplete",
              String.join(" + ", repositories.stream().map(Repository::fullName).toList()),
              request.report().window().from(),
              request.report().window().to()));
    }
    ReportRequest report = request.report().withRepositories(repositories);
    ReportContext context = ReportContexts.of(index.botPolicy(), request.pack(), coverage);
    Report built = ReportBuilder.build(index, report, context);
    // Templates come from the user's folder: whatever they hold, the token is not printed.
    String text = app.secrets().redact(ReportRenderer.render(built, report, context.phrasing()));
    if (request.outOrNull() == null) {
      return new Result(text, null);
    }
    Path file = ReportFiles.target(request.outOrNull(), report);
    ReportFiles.write(file, text, request.force());
    return new Result(text, file);
  }
}
