package io.devpulse.benchmarks;

import io.devpulse.app.Reclassify;
import io.devpulse.classify.Pack;
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
 * Reclassifying the 100k items after a rule edit, in-process: each iteration copies the corpus
 * index and edits a copy of the built-in pack, then runs the reclassify use case ({@code devpulse
 * classify --rules DIR}): compile + read every item's history once + classify on all cores + re-put
 * the items whose classification changed + record the new fingerprint + commit. {@code edit=rule}
 * appends a comment to topics.drl (a new fingerprint, a new Drools build; no classification
 * changes), {@code edit=term} adds one word to terms/topics/performance.txt (the Drools rule base
 * of the unchanged DRL is reused; the items with that word, and the later items whose history that
 * changes, change).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReclassifyBench {
  private Path work;
  private Path index;
  private Path rules;
  private int edits;

  @org.openjdk.jmh.annotations.Param({"rule", "term"})
  public String edit;

  @Setup(Level.Iteration)
  public void prepare() throws IOException {
    work = Bench.tempDir("reclassify");
    index = work.resolve("index");
    Bench.copyTree(Bench.index(), index);
    rules = work.resolve("rules");
    RulePacks.writeBuiltIn(rules, true);
    if (edit.equals("rule")) {
      Files.writeString(
          rules.resolve("topics.drl"),
          "\n// benchmark edit " + (++edits) + " " + System.nanoTime() + "\n",
          StandardOpenOption.APPEND);
    } else {
      // one word per iteration, so each iteration is a new pack with the same DRL
      Files.writeString(
          rules.resolve("terms/topics/performance.txt"),
          "\nword: " + WORDS[edits++ % WORDS.length] + "\n",
          StandardOpenOption.APPEND);
    }
  }

  @TearDown(Level.Iteration)
  public void drop() {
    Bench.deleteTree(work);
  }

  private static final String[] WORDS = {"snappier", "speedup", "sluggish", "leaner", "quicker"};

  @Benchmark
  public void afterEdit() {
    new Reclassify(Bench.APP).run(new Reclassify.Request(index, Pack.load(rules), false));
  }
}
