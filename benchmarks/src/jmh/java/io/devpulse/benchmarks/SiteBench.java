package io.devpulse.benchmarks;

import io.devpulse.app.BuildSite;
import io.devpulse.app.IndexNotices;
import io.devpulse.model.Repository;
import io.devpulse.report.ReportLanguage;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The site use case on the 100k-item index (single shots, seconds): {@code full} builds the whole
 * site into an empty directory (every page, chart, list page and the 7 daily reports written);
 * {@code rerun} builds it again over itself, as the hourly job does after a sync that changed
 * nothing (every page computed and compared, none written). Target: ≤ 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SiteBench {
  private Path out;

  private static BuildSite.Request request(Path out) {
    return new BuildSite.Request(
        Bench.index(),
        Bench.BUILT_IN,
        out,
        List.of(Repository.parse(Bench.REPO)),
        ReportLanguage.ZH,
        ZoneId.of("Asia/Shanghai"),
        false,
        7,
        null,
        false,
        IndexNotices.NONE);
  }

  @Setup(Level.Invocation)
  public void emptyDirectory() {
    out = Bench.tempDir("site");
  }

  @TearDown(Level.Invocation)
  public void delete() {
    Bench.deleteTree(out);
  }

  @Benchmark
  public BuildSite.Result full() {
    return new BuildSite(Bench.APP).run(request(out));
  }

  /** A second build over the first: what an hourly rerun costs when nothing changed. */
  @State(Scope.Benchmark)
  public static class Built {
    Path out;

    @Setup(Level.Trial)
    public void build() {
      out = Bench.tempDir("site-built");
      new BuildSite(Bench.APP).run(request(out));
    }

    @TearDown(Level.Trial)
    public void delete() {
      Bench.deleteTree(out);
    }
  }

  @Benchmark
  public BuildSite.Result rerun(Built built) {
    return new BuildSite(Bench.APP).run(request(built.out));
  }
}
