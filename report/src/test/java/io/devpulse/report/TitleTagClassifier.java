package io.devpulse.report;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.Priority;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-only stand-in for the rules: topics from the authors' own title tags ({@code [ROCm]},
 * {@code [Doc]}, {@code [Perf]}, ...), priority high for {@code [Bugfix]}, low for documentation
 * only.
 */
final class TitleTagClassifier {
  private static final Pattern TAG = Pattern.compile("\\[([^\\]]{1,40})\\]");
  private static final Pattern FP8 =
      Pattern.compile("(?i)\\b(fp8|fp4|nvfp4|mxfp4|int8|int4|w8a8)\\b");
  private static final Map<String, String> TOPICS =
      Map.ofEntries(
          Map.entry("rocm", "amd-rocm"),
          Map.entry("amd", "amd-rocm"),
          Map.entry("hip", "amd-rocm"),
          Map.entry("aiter", "amd-rocm"),
          Map.entry("doc", "docs"),
          Map.entry("docs", "docs"),
          Map.entry("documentation", "docs"),
          Map.entry("perf", "performance"),
          Map.entry("performance", "performance"),
          Map.entry("quantization", "low-precision"),
          Map.entry("quant", "low-precision"),
          Map.entry("ci", "ci-build"),
          Map.entry("build", "ci-build"),
          Map.entry("ci/build", "ci-build"),
          Map.entry("core", "core"),
          Map.entry("v1", "core"),
          Map.entry("kernel", "kernel"),
          Map.entry("frontend", "frontend"),
          Map.entry("model", "model-support"),
          Map.entry("multimodal", "multimodal"),
          Map.entry("mm", "multimodal"),
          Map.entry("spec decode", "speculative-decoding"),
          Map.entry("distributed", "distributed"));
  private static final Set<String> BUGFIX = Set.of("bugfix", "bug", "bug fix", "fix", "hotfix");

  private TitleTagClassifier() {}

  static Classification classify(Item item) {
    Set<String> topics = new LinkedHashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    Priority priority = Priority.NORMAL;
    Matcher m = TAG.matcher(item.title());
    List<String> tags = new ArrayList<>();
    while (m.find()) {
      tags.add(m.group(1));
    }
    for (String tag : tags) {
      String lower = tag.strip().toLowerCase(Locale.ROOT);
      List<String> parts = new ArrayList<>(List.of(lower.split("[/,]")));
      parts.add(lower);
      for (String part : parts) {
        String topic = TOPICS.get(part.strip());
        if (topic != null && topics.add(topic)) {
          evidence.add(Evidence.topic(topic, topic + ": title tag", "title tag [" + tag + "]"));
        }
        if (BUGFIX.contains(part.strip()) && priority != Priority.HIGH) {
          priority = Priority.HIGH;
          evidence.add(0, Evidence.priority(Priority.HIGH, "bug fix", "title tag [" + tag + "]"));
        }
      }
    }
    Matcher fp8 = FP8.matcher(item.title());
    if (fp8.find() && topics.add("low-precision")) {
      evidence.add(
          Evidence.topic(
              "low-precision", "low-precision: title word", "title: '" + fp8.group(1) + "'"));
    }
    if (priority == Priority.NORMAL && topics.equals(Set.of("docs"))) {
      priority = Priority.LOW;
      evidence.add(Evidence.priority(Priority.LOW, "documentation only", "topics: docs"));
    }
    // the first tag's topic is the primary one: a stand-in for the rules' primary-topic choice
    return new Classification(
        List.copyOf(topics),
        priority,
        evidence,
        "test-title-tags",
        List.of(),
        topics.isEmpty() ? "" : topics.iterator().next(),
        List.of());
  }
}
