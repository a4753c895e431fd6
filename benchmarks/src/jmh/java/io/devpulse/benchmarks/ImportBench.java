package io.devpulse.benchmarks;

import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Item;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Import of the 100k items into a fresh index, time per item: {@code cliImport} is {@code devpulse
 * import} in-process (parse + classify with the built-in Drools pack + index + commit; the rule
 * base is compiled once per JVM, in warm-up); {@code parseIndex} the same without classification
 * (public APIs), so the difference is what classification costs inside an import.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(Corpus.DEFAULT_ITEMS)
public class ImportBench {
  private Path index;
  private CompiledRules rules;

  @Setup(Level.Trial)
  public void compile() {
    rules = RuleCompiler.compile(RulePacks.builtIn());
  }

  @Setup(Level.Iteration)
  public void freshIndex() {
    index = Bench.tempDir("import").resolve("index");
  }

  @TearDown(Level.Iteration)
  public void dropIndex() {
    Bench.deleteTree(index.getParent());
  }

  @Benchmark
  public void appImport() {
    Bench.importFiles(index, Bench.BUILT_IN, Bench.items());
  }

  @Benchmark
  public void parseIndex() throws IOException {
    try (IndexUpdate update = IndexUpdate.open(index);
        GithubFileReader r = GithubFileReader.open(Bench.items(), ReadOptions.defaults())) {
      for (Optional<ParsedRecord> n = r.next(); n.isPresent(); n = r.next()) {
        update.put((Item) n.get().entity(), n.get().json(), null);
      }
      update.commit(Map.of());
    }
  }

  @Benchmark
  public void parseClassify() throws IOException {
    try (Classifier c = rules.newClassifier();
        GithubFileReader r = GithubFileReader.open(Bench.items(), ReadOptions.defaults())) {
      for (Optional<ParsedRecord> n = r.next(); n.isPresent(); n = r.next()) {
        c.classify((Item) n.get().entity(), History.NONE);
      }
    }
  }
}
