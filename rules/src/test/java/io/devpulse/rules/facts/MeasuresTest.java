package io.devpulse.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers PR-GUIDE names as measured claims ("1.3x", "15% lower TTFT", "saves 2 GB"). */
class MeasuresTest {
  private static List<String> amounts(String sentence) {
    return Measures.in(sentence).stream().map(Measure::amount).toList();
  }

  @Test
  void readsRatiosPercentagesSizesAndBeforeAfterPairs() {
    assertThat(amounts("Decode is 1.3x faster on H100.")).containsExactly("1.3x");
    assertThat(amounts("This gives 15% lower TTFT.")).containsExactly("15%");
    assertThat(amounts("The new layout saves 2 GB of GPU memory.")).containsExactly("2 GB");
    assertThat(amounts("Gains of 4-5% on small batches.")).containsExactly("4-5%");
    assertThat(amounts("Throughput went from 1,200 tokens/s to 1,500 tokens/s."))
        .containsExactly("1,200 → 1,500 tokens/s");
    assertThat(amounts("Cache size 7,168 -> 3,584 bytes per token."))
        .containsExactly("7,168 → 3,584 bytes");
  }

  @Test
  void readsTheRatesABenchmarkPrints() {
    assertThat(amounts("Throughput: 6.47 requests/s, 13159.90 total tokens/s, 29.86it/s"))
        .containsExactly("6.47 requests/s", "13159.90 tokens/s", "29.86 it/s");
    assertThat(Measures.in("Output token throughput (tok/s):   429.51").getFirst())
        .isEqualTo(new Measure("rate", "429.51 tok/s", 429.51, "throughput", 24));
    assertThat(Measures.in("Mean TTFT (ms): 12.3").getFirst().metric()).isEqualTo("ttft");
    assertThat(Measures.in("Median ITL (ms): 12.3").getFirst().isRate()).isTrue();
    assertThat(amounts("--max-num-seqs 64 --input-len 1000 2048/2048 [01:08<00:00]")).isEmpty();
  }

  @Test
  void aGpuCountIsNotARatio() {
    assertThat(amounts("Measured on 8x H100 with TP=8.")).isEmpty();
    assertThat(amounts("Ran on 8xMI300X.")).isEmpty();
    assertThat(amounts("No numbers here, only v1 and fp8.")).isEmpty();
  }

  @Test
  void namesTheMetricTheSentenceMeasures() {
    assertThat(Measures.in("TTFT drops by 20%.").getFirst().metric()).isEqualTo("ttft");
    assertThat(Measures.in("TPOT improves by 3%.").getFirst().metric()).isEqualTo("tpot");
    assertThat(Measures.in("Output throughput is 12% higher.").getFirst().metric())
        .isEqualTo("throughput");
    assertThat(Measures.in("P99 latency is 10% lower.").getFirst().metric()).isEqualTo("latency");
    assertThat(Measures.in("It saves 2 GB.").getFirst().metric()).isEqualTo("memory");
    assertThat(Measures.in("It is 2x quicker now.").getFirst().metric()).isEqualTo("speed");
    assertThat(Measures.in("Coverage went up 5%.").getFirst().metric()).isEmpty();
  }

  @Test
  void valuesAreTheNumbersOrTheRatioOfAChange() {
    assertThat(Measures.in("1.3x faster").getFirst().value()).isEqualTo(1.3);
    assertThat(Measures.in("4-5% faster").getFirst().value()).isEqualTo(5.0);
    assertThat(Measures.in("from 100 ms to 50 ms").getFirst().value()).isEqualTo(0.5);
  }
}
