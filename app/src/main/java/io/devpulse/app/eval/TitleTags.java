package io.devpulse.app.eval;

import io.devpulse.rules.TitleText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * vLLM titles carry their authors' own topic tags, {@code [ROCm][Bugfix] Fix ...}; for evaluation
 * those tags are the truth and must not be seen by the rules. A tag counts for a topic when one of
 * its words is in the topic's tag vocabulary ({@code [CI/ROCm]} → amd-rocm, {@code
 * [Quantization/NVFP4]} → low-precision).
 */
public final class TitleTags {
  /** Topic → the tag words that mean it. */
  public static final Map<String, Set<String>> TRUTH_TAGS =
      Map.of(
          "amd-rocm", Set.of("rocm", "amd", "aiter"),
          "docs", Set.of("doc", "docs", "document", "documentation"),
          "performance", Set.of("perf", "performance", "perffix", "optimization"),
          "low-precision",
              Set.of(
                  "quantization",
                  "quant",
                  "fp8",
                  "fp4",
                  "nvfp4",
                  "mxfp4",
                  "mxfp8",
                  "int8",
                  "int4",
                  "gptq",
                  "awq",
                  "w8a8",
                  "w4a8",
                  "w4a16"));

  /** The evaluated topics, sorted. */
  public static final Set<String> TOPICS = new TreeSet<>(TRUTH_TAGS.keySet());

  private TitleTags() {}

  /** The {@code [...]} tags of {@code title}, as written. */
  public static List<String> tags(String title) {
    return TitleText.tags(title);
  }

  /** The title without tags, as the rules see it ({@code [Doc]: fix x} → {@code fix x}). */
  public static String strip(String title) {
    return TitleText.withoutTags(title);
  }

  /** The truth topics of {@code title} according to its tags. */
  public static Set<String> truthTopics(String title) {
    Set<String> out = new TreeSet<>();
    for (String tag : tags(title)) {
      for (String word : TitleText.words(tag)) {
        TRUTH_TAGS.forEach(
            (topic, words) -> {
              if (words.contains(word)) {
                out.add(topic);
              }
            });
      }
    }
    return out;
  }
}
