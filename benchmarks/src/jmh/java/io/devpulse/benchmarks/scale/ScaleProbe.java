package io.devpulse.benchmarks.scale;

import io.devpulse.app.Devpulse;
import io.devpulse.app.IndexNotices;
import io.devpulse.app.QueryIndex;
import io.devpulse.app.WriteReport;
import io.devpulse.classify.Pack;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.ReportRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    staleness(Path.of(args[0]), Pack.load(Path.of(args[1])).fingerprint());
    Path index = Path.of(args[0]);
    Pack pack = Pack.load(Path.of(args[1]));
    Repository repo = Repository.parse(args[2]);
    Instant to = Instant.parse(args[3]);
    int runs = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    Devpulse app = Devpulse.standard();
    ReportRequest hour =
        ReportRequest.of(repo, Window.parse(null, args[3], "1h", to))
            .withProjectName("vLLM")
            .withZone(ZoneId.of("Asia/Shanghai"));
    print(
        "report_1h_inproc",
        median(
            runs,
            () ->
                new WriteReport(app)
                    .run(new WriteReport.Request(index, pack, hour, IndexNotices.NONE))
                    .text()));
    print(
        "query_week_inproc",
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
      print("stale_commit", median(20, () -> read.countItemsNotClassifiedBy(fingerprint)));
    }
    try (IndexUpdate update = IndexUpdate.open(index);
        HistoryIndex view = update.reader()) {
      print("stale_scan", median(20, () -> view.countItemsNotClassifiedBy(fingerprint)));
    }
  }

  /** Median wall and CPU time (this thread's) of {@code runs} timed runs after a warm-up. */
  private record Times(double wallMs, double cpuMs) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static Times median(int runs, Supplier<Object> work) {
    int warmups = Math.max(3, runs / 2);
    for (int i = 0; i < warmups; i++) {
      consume(work.get());
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long c = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      consume(work.get());
      wall[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new Times(wall[runs / 2], cpu[runs / 2]);
  }

  private static int sink;

  private static void consume(Object o) {
    sink += o == null ? 0 : o.hashCode() & 1;
  }

  /**
   * {@code KEY_ms} (wall) and {@code KEY_cpu_ms} (the calling thread's CPU time: the steadier
   * figure on a shared machine; these use cases run on the calling thread).
   */
  private static void print(String key, Times t) {
    System.out.println(String.format(Locale.ROOT, "%s_ms\t%.3f", key, t.wallMs()));
    System.out.println(String.format(Locale.ROOT, "%s_cpu_ms\t%.3f", key, t.cpuMs()));
  }
}
