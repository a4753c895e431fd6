package io.devpulse.app;

import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.Messages;
import io.devpulse.app.internal.ReportFiles;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.report.AmdChecks;
import io.devpulse.report.Coverage;
import io.devpulse.report.Report;
import io.devpulse.report.ReportBuilder;
import io.devpulse.report.ReportRenderer;
import io.devpulse.report.ReportRequest;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Builds and renders the report of one window from the index over a classification in step with the
 * rule files, and publishes it: returned as text, or written atomically to a file or, given a directory,
 * to a Jekyll post named by the window. Who is a bot and what the AMD section checked come from the
 * rule pack, so an edited pack shows in the report.
 */
public final class WriteReport {
  private final Devpulse app;

  public WriteReport(Devpulse app) {
    this.app = app;
  }

  /**
   * @param report what to report and how; its bots and AMD checks are replaced by the pack's
   * @param outOrNull a file, or an existing directory for a post named by the window; null for text only
   * @param force replace whatever is at the file, not only a regular file
   * @param requireComplete fail, writing nothing, unless a sync proved the window's items and comments
   *     complete (data imported from files never is)
   */
  public record Request(Path indexDir, RulePack pack, ReportRequest report, Path outOrNull, boolean force,
      boolean requireComplete) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(report, "report");
    }

    /** Text only, nothing written. */
    public Request(Path indexDir, RulePack pack, ReportRequest report) {
      this(indexDir, pack, report, null, false, false);
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

  public Result run(Request request, IndexNotices notices) {
    String text;
    try (HistoryIndex index = CurrentIndex.open(app, request.indexDir(), request.pack(), notices)) {
      List<Repository> repositories = request.report().repositories();
      if (request.report().isRollUp()) {
        requireHeld(index, repositories);
      }
      CoverageLedger ledger = CoverageLedger.read(index.commitData());
      // A roll-up's coverage is its weakest repository's: complete only if complete for all of them.
      Coverage coverage = Coverage.allOf(repositories.stream().map(ledger::coverageOf).toList());
      if (request.requireComplete() && !coverage.complete(request.report().window())) {
        throw new IncompleteWindowException(Messages.get("report.incomplete",
            String.join(" + ", repositories.stream().map(Repository::fullName).toList()),
            request.report().window().from(), request.report().window().to()));
      }
      ReportRequest report = request.report()
          .withBots(index.botPolicy())
          .withAmdChecks(amdChecks(request.pack()))
          .withCoverage(coverage);
      Report built = ReportBuilder.build(index, report);
      // Templates come from the user's folder: whatever they hold, the token is not printed.
      text = app.secrets().redact(ReportRenderer.render(built, report));
    }
    if (request.outOrNull() == null) {
      return new Result(text, null);
    }
    Path file = ReportFiles.target(request.outOrNull(), request.report());
    ReportFiles.write(file, text, request.force());
    return new Result(text, file);
  }

  /** A roll-up names only repositories the index holds: a typo would otherwise read as a quiet repository. */
  private static void requireHeld(HistoryIndex index, List<Repository> repositories) {
    TreeSet<String> held = new TreeSet<>(index.stats().itemsByRepository().keySet());
    for (Repository r : repositories) {
      if (!held.contains(r.key())) {
        throw new UserErrorException(Messages.get("report.unknownRepository", r,
            held.isEmpty() ? "nothing" : String.join(", ", held)));
      }
    }
  }

  /** What the AMD section says it checked: the plain terms and login suffixes of the pack's list. */
  static AmdChecks amdChecks(RulePack pack) {
    PackTerms terms = PackTerms.of(pack);
    return new AmdChecks(List.copyOf(terms.topicTerms(ReportBuilder.AMD_TOPIC)),
        List.copyOf(terms.topicLoginSuffixes(ReportBuilder.AMD_TOPIC)));
  }
}
