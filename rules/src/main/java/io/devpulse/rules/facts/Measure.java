package io.devpulse.rules.facts;

import java.util.Objects;

/**
 * A number with its unit found in one sentence, as {@link Measures} reads it: what a speed-up claim
 * is made of. Term files cannot say this ({@code 1.3x}, {@code 15%}, {@code from 99 to 148
 * tokens/s} are not words), so it is extracted in Java; whether it is a claim the rules decide.
 *
 * @param kind {@code ratio} ({@code 1.3x}), {@code percent} ({@code 15%}, {@code 4-5%}), {@code
 *     size} ({@code 2 GB}) or {@code change} (a before and an after: {@code from 99 to 148
 *     tokens/s}, {@code 7,168 -> 3,584 bytes}) or {@code table} (a Markdown table of benchmark
 *     numbers, amount {@code ""}) or {@code rate} (a rate or time a benchmark prints: {@code 6.47
 *     requests/s}, {@code (ms): 12.3})
 * @param amount the number as the message shows it: {@code 1.3x}, {@code 15%}, {@code 2 GB}, {@code
 *     99.17 → 148.08 tokens/s}
 * @param value the number (the larger end of a range; after / before for a change)
 * @param metric what the sentence says is measured, from its words: {@code ttft}, {@code tpot},
 *     {@code throughput}, {@code latency}, {@code memory}, {@code speed}, or {@code ""}
 * @param start where the number starts in the sentence
 */
public record Measure(String kind, String amount, double value, String metric, int start) {
  public Measure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(metric, "metric");
  }

  public boolean isRatio() {
    return kind.equals("ratio");
  }

  public boolean isPercent() {
    return kind.equals("percent");
  }

  public boolean isSize() {
    return kind.equals("size");
  }

  public boolean isChange() {
    return kind.equals("change");
  }

  public boolean isRate() {
    return kind.equals("rate");
  }

  public boolean isTable() {
    return kind.equals("table");
  }
}
