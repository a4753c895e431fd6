package io.devpulse.benchmarks;

import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePack;
import io.devpulse.rules.RulePacks;
import io.devpulse.rules.RuleProblem;
import io.devpulse.rules.facts.ItemFact;
import io.devpulse.rules.internal.TermFileParser;
import io.devpulse.rules.internal.TermList;
import io.devpulse.rules.internal.TermMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Classification of the corpus's first 20,000 items without history, time per item: {@code drools}
 * is devpulse's Classifier with the built-in pack; {@code plainRegex} the same keyword matching and
 * rules in plain Java ({@link PlainClassifier}); {@code termsOnly} devpulse's own part before
 * Drools (cleaning the text into an ItemFact and matching every term list), so {@code drools -
 * termsOnly} is the engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(ClassifyBench.N)
public class ClassifyBench {
  static final int N = 20_000;

  private List<Item> items;
  private CompiledRules rules;
  private Classifier classifier;
  private TermMatcher matcher;
  private PlainClassifier plain;

  @Setup(Level.Trial)
  public void load() throws IOException {
    items = new ArrayList<>(N);
    try (GithubFileReader r = GithubFileReader.open(Bench.items(), ReadOptions.defaults())) {
      for (Optional<ParsedRecord> n = r.next(); n.isPresent() && items.size() < N; n = r.next()) {
        items.add((Item) n.get().entity());
      }
    }
    RulePack pack = RulePacks.builtIn();
    rules = RuleCompiler.compile(pack);
    classifier = rules.newClassifier();
    plain = new PlainClassifier(pack);
    List<TermList> lists = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>();
    pack.files()
        .forEach(
            (name, text) -> {
              if (name.startsWith("terms/") || name.equals("bots.txt")) {
                lists.add(
                    TermFileParser.parse(name, text, name.startsWith("terms/topics/"), problems));
              }
            });
    matcher = new TermMatcher(lists);
    agreement();
  }

  /** How often the baseline agrees with Drools, so the comparison is about the same work. */
  private void agreement() throws IOException {
    int topics = 0;
    int priorities = 0;
    for (Item item : items) {
      Classification d = classifier.classify(item, History.NONE);
      PlainClassifier.Result p = plain.classify(item);
      topics += new TreeSet<>(d.topics()).equals(p.topics()) ? 1 : 0;
      priorities += d.priority() == p.priority() ? 1 : 0;
    }
    String line =
        String.format(
            "plain vs drools on %d items: same topics %.1f%%, same priority %.1f%%",
            items.size(), 100.0 * topics / items.size(), 100.0 * priorities / items.size());
    System.err.println(line);
    Files.createDirectories(Bench.dir().resolve("results"));
    Files.writeString(Bench.dir().resolve("results/agreement.txt"), line + "\n");
  }

  @TearDown(Level.Trial)
  public void close() {
    classifier.close();
  }

  @Benchmark
  public void drools(Blackhole bh) {
    for (Item item : items) {
      bh.consume(classifier.classify(item, History.NONE));
    }
  }

  @Benchmark
  public void termsOnly(Blackhole bh) {
    for (Item item : items) {
      bh.consume(matcher.match(ItemFact.of(item, List.of(), false)));
    }
  }

  @Benchmark
  public void plainRegex(Blackhole bh) {
    for (Item item : items) {
      bh.consume(plain.classify(item));
    }
  }
}
