package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.classify.DryRun;
import io.devpulse.model.Item;
import io.devpulse.rules.CompiledRules;
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
 * titles without them and, as history, what an index of the repository gives: the author's pull
 * requests of earlier weeks with their classifications (of their full titles, as the index holds
 * them; {@link SubjectEval#run}'s stripped-title run, what {@code devpulse rules eval
 * --strip-title-tags --truth-from-title-tags} measures). Prints the rules-vs-baseline tables, with
 * and without history; asserts floors just under the measured scores, so a pack change that makes
 * things worse fails here.
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

  /** The stripped titles' topics, each classified with the history of the earlier weeks. */
  static Map<Integer, Set<String>> withHistory() {
    Map<Integer, Set<String>> predicted = new HashMap<>();
    SubjectEval.run(rules)
        .get(SubjectEval.Titles.STRIPPED)
        .predictions()
        .forEach((number, p) -> predicted.put(number, p.topics()));
    return predicted;
  }

  /** The stripped titles' topics without history facts. */
  static Map<Integer, Set<String>> withoutHistory() {
    Map<Integer, Set<String>> predicted = new HashMap<>();
    try (DryRun dryRun = DryRun.withoutHistory(rules)) {
      for (Item i : items) {
        predicted.put(i.number(), new HashSet<>(dryRun.classify(i, null).topics()));
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
    Evaluation withRules = Evaluation.of(truth, withHistory(), TitleTags.TOPICS);
    Evaluation noHistory = Evaluation.of(truth, withoutHistory(), TitleTags.TOPICS);
    Evaluation base = Evaluation.of(truth, baseline(), TitleTags.TOPICS);
    System.out.println(
        "Rules (history of earlier weeks) vs keyword baseline, " + items.size() + " merged PRs:");
    System.out.println(withRules.toMarkdown("rules", base, "baseline"));
    System.out.println("Rules without history vs keyword baseline:");
    System.out.println(noHistory.toMarkdown("rules", base, "baseline"));
    System.out.println(withRules.toMarkdown());

    assertThat(withRules.micro().f1()).isGreaterThan(base.micro().f1());
    // floors just under the scores measured (see the report). The history was leave-one-out (every
    // other pull request of the author, later ones too, with its tag topics) until it became the
    // product's (earlier weeks, as classified): amd-rocm F1 0.76 -> 0.77, docs 0.56 -> 0.52 (recall
    // 0.54 -> 0.51: an author's later [Doc] pull requests no longer vouch for the earlier ones),
    // low-precision 0.19 -> 0.18, performance and the micro average (0.46) unchanged.
    assertThat(withRules.score("amd-rocm").f1()).isGreaterThan(0.75);
    // docs: code comments and typos count as docs (the subject guide says so; most such pull
    // requests are tagged [Misc], not [Doc]), so precision against the tags fell from 0.65 to 0.59
    // when that came in (F1 0.58 to 0.56, with the leave-one-out history)
    assertThat(withRules.score("docs").f1()).isGreaterThan(0.51);
    // performance: since the pack reads speed work that its authors did not tag [Perf] (benchmarks,
    // fusion, CUDA graphs, cut syncs and copies; judged right by the subject truth, see
    // SubjectTruthFloorsTest), recall of the [Perf] tags rose from 0.37 to 0.53 and precision
    // against them fell from 0.24 to 0.18
    assertThat(withRules.score("performance").f1()).isGreaterThan(0.25);
    assertThat(withRules.score("performance").recall()).isGreaterThan(0.50);
    assertThat(withRules.score("low-precision").f1()).isGreaterThan(0.18);
  }
}
