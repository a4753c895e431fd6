package io.devpulse.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON parse only, the ceiling for import: the 100k-item {@code items.jsonl} read by Jackson alone
 * (every token, strings materialised; and as trees) and by devpulse's reader (records to model
 * Items). Scores are time per item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(Corpus.DEFAULT_ITEMS)
public class ParseBench {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Benchmark
  public void jacksonTokens(Blackhole bh) throws IOException {
    try (JsonParser p = FACTORY.createParser(Bench.items().toFile())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          bh.consume(p.getText());
        }
      }
    }
  }

  @Benchmark
  public void jacksonTree(Blackhole bh) throws IOException {
    try (MappingIterator<JsonNode> it =
        MAPPER.readerFor(JsonNode.class).readValues(Bench.items().toFile())) {
      while (it.hasNext()) {
        bh.consume(it.next());
      }
    }
  }

  @Benchmark
  public void devpulseReader(Blackhole bh) throws IOException {
    try (GithubFileReader r = GithubFileReader.open(Bench.items(), ReadOptions.defaults())) {
      for (Optional<ParsedRecord> n = r.next(); n.isPresent(); n = r.next()) {
        bh.consume(n.get());
      }
    }
  }
}
