package io.devpulse.benchmarks.scale;

import io.devpulse.app.Devpulse;
import io.devpulse.app.IndexNotices;
import io.devpulse.app.QueryIndex;
import io.devpulse.app.WriteReport;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.ReportRequest;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The in-process figures of {@code benchmarks/run scale}: the whole hourly {@code report} use case
 * and the whole {@code query --count-by week} use case, each run in one warm JVM (a few warm-up
 * runs, then the median of the timed ones), as a long-lived process (a site generator, a server)
 * would run them; and the staleness check of every read command both ways. Prints {@code
 * key<TAB>milliseconds} lines.
 */
public final class ScaleProbe {
  private ScaleProbe() {}

  /** {@code ScaleProbe INDEX RULES_DIR REPO TO [RUNS]}. */
  public static void main(String[] args) {
    staleness(Path.of(args[0]), RulePacks.load(Path.of(args[1])).fingerprint());
    Path index = Path.of(args[0]);
    RulePack pack = RulePacks.load(Path.of(args[1]));
    Repository repo = Repository.parse(args[2]);
    Instant to = Instant.parse(args[3]);
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    Devpulse app = Devpulse.standard();
    ReportRequest hour =
        ReportRequest.of(repo, Window.parse(null, args[3], "1h", to))
            .withProjectName("vLLM")
            .withZone(ZoneId.of("Asia/Shanghai"));
    print(
        "report_1h_inproc_ms",
        median(
            runs,
            () ->
                new WriteReport(app)
                    .run(new WriteReport.Request(index, pack, hour, IndexNotices.NONE))
                    .text()));
    print(
        "query_week_inproc_ms",
        median(
            runs,
            () ->
                new QueryIndex(app)
                    .run(
                        new QueryIndex.Request(
                            index,
                            pack,
                            "topic:performance",
                            null,
                            new QueryIndex.Counts(CountBy.WEEK, DateField.CREATED, ZoneOffset.UTC),
                            IndexNotices.NONE))
                    .countsOrNull()));
  }

  /**
   * The staleness check every read command runs first ({@code countItemsNotClassifiedBy}): as a
   * read command asks it (the commit's answer, {@code ItemsClassifiedBy}) and by the scan of every
   * item's fingerprint doc value that it replaced (still what a writer's view does).
   */
  private static void staleness(Path index, String fingerprint) {
    try (HistoryIndex read = HistoryIndex.open(index)) {
      print("stale_commit_ms", median(20, () -> read.countItemsNotClassifiedBy(fingerprint)));
    }
    try (IndexUpdate update = IndexUpdate.open(index);
        HistoryIndex view = update.reader()) {
      print("stale_scan_ms", median(20, () -> view.countItemsNotClassifiedBy(fingerprint)));
    }
  }

  private static double median(int runs, Supplier<Object> work) {
    int warmups = Math.max(3, runs / 2);
    for (int i = 0; i < warmups; i++) {
      consume(work.get());
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      consume(work.get());
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }

  private static int sink;

  private static void consume(Object o) {
    sink += o == null ? 0 : o.hashCode() & 1;
  }

  private static void print(String key, double ms) {
    System.out.println(String.format(Locale.ROOT, "%s\t%.3f", key, ms));
  }
}
