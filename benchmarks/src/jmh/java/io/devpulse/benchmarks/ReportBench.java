package io.devpulse.benchmarks;

import io.devpulse.app.IndexNotices;
import io.devpulse.app.WriteReport;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Coverage;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.AmdChecks;
import io.devpulse.report.Report;
import io.devpulse.report.ReportBuilder;
import io.devpulse.report.ReportContext;
import io.devpulse.report.ReportRenderer;
import io.devpulse.report.ReportRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reports in-process on the 100k-item index (sampled): {@code build} is ReportBuilder.build +
 * ReportRenderer.render (Markdown, Chinese, 4 trend windows) on an open index; {@code app} the
 * whole {@code devpulse report} command in-process (rule pack read, classification freshness check,
 * index open, build, render). Windows end at {@link #TO}, a weekday in the densest part of the
 * corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBench {
  static final String TO = "2026-01-14T12:00:00Z";

  @Param({"1h", "7d"})
  public String window;

  /** What ReportRequest.of defaulted to before the context was the application's to derive. */
  private static final ReportContext CONTEXT =
      new ReportContext(
          BotPolicy.GITHUB_TYPE_ONLY,
          "amd-rocm",
          AmdChecks.defaults(),
          Coverage.UNKNOWN,
          Bench.BUILT_IN.phrasing(),
          Bench.BUILT_IN.storedTermHits(),
          ReportRequest.DEFAULT_REVIEW_WAIT);

  private HistoryIndex index;
  private ReportRequest request;

  @Setup(Level.Trial)
  public void open() {
    index = HistoryIndex.open(Bench.index());
    Window w = Window.parse(null, TO, window, Instant.parse(TO));
    request =
        ReportRequest.of(Repository.parse(Bench.REPO), w)
            .withProjectName("vLLM")
            .withZone(ZoneId.of("Asia/Shanghai"));
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  @Benchmark
  public String build() {
    Report report = ReportBuilder.build(index, request, CONTEXT);
    return ReportRenderer.render(report, request);
  }

  /** The whole {@code report} use case: open the index, check the rules, build, render. */
  @Benchmark
  public String app() {
    return new WriteReport(Bench.APP)
        .run(new WriteReport.Request(Bench.index(), Bench.BUILT_IN, request, IndexNotices.NONE))
        .text();
  }
}
