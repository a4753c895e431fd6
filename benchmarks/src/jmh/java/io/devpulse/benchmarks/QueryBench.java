package io.devpulse.benchmarks;

import io.devpulse.app.IndexNotices;
import io.devpulse.app.QueryIndex;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.SearchOptions;
import java.time.ZoneOffset;
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
 * Query latency on the 100k-item index (sampled: median and p99): a topic within a year, as the top
 * 20 newest ({@code search}) and as {@code --count-by week} ({@code countByWeek}); and the whole
 * {@code devpulse query ... --count-by week} command in-process ({@code appCountByWeek}: the use
 * case, which opens the index, count, print), i.e. what a user waits for minus JVM start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QueryBench {
  /** amd-rocm: a small topic; performance: a large one. */
  @Param({"amd-rocm", "performance"})
  public String topic;

  private HistoryIndex index;
  private String query;

  @Setup(Level.Trial)
  public void open() {
    index = HistoryIndex.open(Bench.index());
    query = "topic:" + topic + " AND created:[2025-01-01 TO 2025-12-31]";
  }

  @TearDown(Level.Trial)
  public void close() {
    index.close();
  }

  @Benchmark
  public Object search() {
    return index.search(query, new SearchOptions(null, "created", true, 20));
  }

  @Benchmark
  public Object countByWeek() {
    return index.countBy(query, null, CountBy.WEEK, DateField.CREATED, ZoneOffset.UTC);
  }

  /** The whole {@code query --count-by week} use case: open the index, check the rules, count. */
  @Benchmark
  public Object appCountByWeek() {
    return new QueryIndex(Bench.APP)
        .run(
            new QueryIndex.Request(
                Bench.index(),
                Bench.BUILT_IN,
                query,
                null,
                new QueryIndex.Counts(CountBy.WEEK, DateField.CREATED, ZoneOffset.UTC),
                IndexNotices.NONE))
        .countsOrNull();
  }
}
