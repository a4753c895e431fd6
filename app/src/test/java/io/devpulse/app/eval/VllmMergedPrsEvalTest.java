package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.rules.InMemoryHistory;
import io.devpulse.rules.PackTerms;
import io.devpulse.rules.RuleCompiler;
import io.devpulse.rules.RulePacks;
import io.devpulse.rules.TitleText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The built-in pack on 7,080 merged vLLM pull requests: title tags are the truth, the rules see the
 * titles without them and, as history, the author's other pull requests with their truth topics
 * (leave-one-out). Prints the rules-vs-baseline table and the classification speed; asserts floors
 * just under the measured scores, so a pack change that makes things worse fails here.
 */
@Tag("slow")
class VllmMergedPrsEvalTest {
  static final Map<Integer, Set<String>> truth = new LinkedHashMap<>();
  static final List<Item> items = new ArrayList<>();
  static CompiledRules rules;

  @BeforeAll
  static void load() {
    for (MergedPrs.MergedPr pr : MergedPrs.all()) {
      truth.put(pr.number(), TitleTags.truthTopics(pr.title()));
      items.add(MergedPrs.item(pr, TitleTags.strip(pr.title())));
    }
    rules = RuleCompiler.compile(RulePacks.builtIn());
  }

  static Map<Item, Set<String>> truthByItem() {
    Map<Item, Set<String>> byItem = new HashMap<>();
    for (Item i : items) {
      byItem.put(i, truth.get(i.number()));
    }
    return byItem;
  }

  static Map<Integer, Set<String>> classify(History history) {
    Map<Integer, Set<String>> predicted = new HashMap<>();
    try (Classifier c = rules.newClassifier()) {
      List<Classification> all = c.classifyAll(items, history);
      for (int i = 0; i < items.size(); i++) {
        predicted.put(items.get(i).number(), new HashSet<>(all.get(i).topics()));
      }
    }
    return predicted;
  }

  /** The plain baseline: any tag, word or phrase of the topic's list in the stripped title. */
  static Map<Integer, Set<String>> baseline() {
    Map<String, List<Pattern>> patterns = new HashMap<>();
    PackTerms terms = PackTerms.of(RulePacks.builtIn());
    for (String topic : TitleTags.TOPICS) {
      for (String term : terms.topicTerms(topic)) {
        String re =
            String.join(
                "[^\\p{L}\\p{N}]+", TitleText.words(term).stream().map(Pattern::quote).toList());
        patterns
            .computeIfAbsent(topic, k -> new ArrayList<>())
            .add(
                Pattern.compile(
                    "(?<![\\p{L}\\p{N}])(?:" + re + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE));
      }
    }
    Map<Integer, Set<String>> predicted = new HashMap<>();
    for (Item i : items) {
      Set<String> ts = new HashSet<>();
      patterns.forEach(
          (topic, ps) -> {
            if (ps.stream().anyMatch(p -> p.matcher(i.title()).find())) {
              ts.add(topic);
            }
          });
      predicted.put(i.number(), ts);
    }
    return predicted;
  }

  @Test
  void rulesWithHistoryBeatTheKeywordBaseline() {
    Evaluation withRules =
        Evaluation.of(
            truth, classify(InMemoryHistory.leaveOneOut(truthByItem())), TitleTags.TOPICS);
    Evaluation noHistory = Evaluation.of(truth, classify(History.NONE), TitleTags.TOPICS);
    Evaluation base = Evaluation.of(truth, baseline(), TitleTags.TOPICS);
    System.out.println(
        "Rules (leave-one-out history) vs keyword baseline, " + items.size() + " merged PRs:");
    System.out.println(withRules.toMarkdown("rules", base, "baseline"));
    System.out.println("Rules without history vs keyword baseline:");
    System.out.println(noHistory.toMarkdown("rules", base, "baseline"));
    System.out.println(withRules.toMarkdown());

    assertThat(withRules.micro().f1()).isGreaterThan(base.micro().f1());
    // floors just under the scores measured when the built-in pack was written (see the report)
    assertThat(withRules.score("amd-rocm").f1()).isGreaterThan(0.75);
    // docs: code comments and typos count as docs now (the subject guide says so; most such pull
    // requests are
    // tagged [Misc], not [Doc]), so precision against the tags fell from 0.65 to 0.59, F1 from 0.58
    // to 0.56
    assertThat(withRules.score("docs").f1()).isGreaterThan(0.54);
    // performance: since the pack reads speed work that its authors did not tag [Perf] (benchmarks,
    // fusion,
    // CUDA graphs, cut syncs and copies; judged right by the subject truth, see
    // SubjectTruthFloorsTest),
    // recall of the [Perf] tags rose from 0.37 to 0.53 and precision against them fell from 0.24 to
    // 0.18
    assertThat(withRules.score("performance").f1()).isGreaterThan(0.25);
    assertThat(withRules.score("performance").recall()).isGreaterThan(0.50);
    assertThat(withRules.score("low-precision").f1()).isGreaterThan(0.18);
  }
}
