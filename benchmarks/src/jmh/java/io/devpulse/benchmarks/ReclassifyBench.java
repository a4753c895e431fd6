package io.devpulse.benchmarks;

import io.devpulse.app.Reclassify;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * Reclassifying the 100k items after a rule edit, in-process: each iteration copies the corpus index,
 * edits topics.drl of a copy of the built-in pack (a new comment line: a new fingerprint, so the rules
 * are compiled again and every item is stale) and runs {@code devpulse classify --rules DIR}: compile +
 * read every item with its JSON + classify with history from the index + re-put + commit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReclassifyBench {
  private Path work;
  private Path index;
  private Path rules;
  private int edits;

  @Setup(Level.Iteration)
  public void prepare() throws IOException {
    work = Bench.tempDir("reclassify");
    index = work.resolve("index");
    Bench.copyTree(Bench.index(), index);
    rules = work.resolve("rules");
    RulePacks.writeBuiltIn(rules, true);
    Files.writeString(rules.resolve("topics.drl"), "\n// benchmark edit " + (++edits) + " " + System.nanoTime() + "\n",
        StandardOpenOption.APPEND);
  }

  @TearDown(Level.Iteration)
  public void drop() {
    Bench.deleteTree(work);
  }

  @Benchmark
  public void afterRuleEdit() {
    new Reclassify(Bench.APP).run(new Reclassify.Request(index, RulePacks.load(rules), false));
  }
}
