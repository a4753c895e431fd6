package io.devpulse.app;

import io.devpulse.app.internal.CurrentIndex;
import io.devpulse.app.internal.Messages;
import io.devpulse.app.internal.ReportFiles;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.UserErrorException;
import io.devpulse.model.Window;
import io.devpulse.report.ReportRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes the posts of every whole window of the last {@code max} that a folder does not hold yet,
 * up to the last complete one — so a cron run skipped (by {@code flock -n}) or late loses and
 * duplicates nothing. A window's post is found by its name ({@link ReportFiles#postName}); existing
 * posts are left alone.
 */
public final class CatchUpReports {
  private final Devpulse app;

  public CatchUpReports(Devpulse app) {
    this.app = app;
  }

  /**
   * @param report what and how to report; its window is replaced by each window caught up
   * @param last the window length ({@code 1h}, {@code 24h}, {@code 7d})
   * @param max how many of the most recent windows to look at
   * @param requireComplete skip (and say so) windows no sync proves complete, rather than writing
   *     them with a warning
   * @param notices hears that stale classifications were refreshed first
   */
  public record Request(
      Path indexDir,
      Pack pack,
      ReportRequest report,
      String last,
      int max,
      Path outDir,
      boolean requireComplete,
      IndexNotices notices) {
    public Request {
      Objects.requireNonNull(notices, "notices");
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(last, "last");
      Objects.requireNonNull(outDir, "outDir");
      if (max < 1 || max > 10_000) {
        throw new IllegalArgumentException("--max (" + max + ") must be between 1 and 10000");
      }
    }
  }

  /** The posts written, oldest first, and the windows left out because they were not complete. */
  public record Result(List<Path> written, List<Window> incomplete) {}

  public Result run(Request request) {
    if (!Files.isDirectory(request.outDir())) {
      throw new UserErrorException(Messages.get("report.catchUpNeedsDir", request.outDir()));
    }
    List<Path> written = new ArrayList<>();
    List<Window> incomplete = new ArrayList<>();
    WriteReport writer = new WriteReport(app);
    HistoryIndex index = null; // opened for the first window to write, once for all
    try {
      for (Window w :
          Window.lastWhole(
              request.last(), app.clock().instant(), request.report().zone(), request.max())) {
        ReportRequest report = request.report().withWindow(w);
        if (Files.exists(request.outDir().resolve(ReportFiles.postName(report)))) {
          continue;
        }
        if (index == null) {
          index = CurrentIndex.open(app, request.indexDir(), request.pack(), request.notices());
          CurrentIndex.checkAssociations(index, request.notices());
        }
        try {
          written.add(
              writer
                  .run(
                      new WriteReport.Request(
                          request.indexDir(),
                          request.pack(),
                          report,
                          request.outDir(),
                          false,
                          request.requireComplete(),
                          request.notices()),
                      index)
                  .writtenOrNull());
        } catch (WriteReport.IncompleteWindowException e) {
          incomplete.add(w);
        }
      }
    } finally {
      if (index != null) {
        index.close();
      }
    }
    return new Result(written, incomplete);
  }
}
