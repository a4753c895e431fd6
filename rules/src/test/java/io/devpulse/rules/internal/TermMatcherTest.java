package io.devpulse.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.ItemKind;
import io.devpulse.rules.Fixtures;
import io.devpulse.rules.facts.ItemFact;
import io.devpulse.rules.facts.TermCount;
import io.devpulse.rules.facts.TermHit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TermMatcherTest {
  static TermMatcher matcher(String text) {
    return new TermMatcher(
        List.of(TermFileParser.parse("terms/topics/t.txt", text, true, new ArrayList<>())));
  }

  static List<String> hits(
      TermMatcher m, String title, String body, String login, String... labels) {
    ItemFact f =
        ItemFact.of(Fixtures.item(1, ItemKind.ISSUE, title, body, login, labels), List.of(), false);
    return m.match(f).stream()
        .filter(TermHit.class::isInstance)
        .map(o -> ((TermHit) o).evidence())
        .toList();
  }

  @Test
  void wordsMatchWholeWordsIgnoringCaseWithUnderscoreAsSeparator() {
    TermMatcher m = matcher("word: rocm, hip");

    assertThat(hits(m, "Fix ROCM_AITER_FA on Hip", "", "x"))
        .containsExactly("title: 'ROCM'", "title: 'Hip'");
    assertThat(hits(m, "rocmfoo and chip and ship", "", "x")).isEmpty();
  }

  @Test
  void phrasesRegexesTagsLabelsLoginsAndDistinctTerms() {
    TermMatcher m =
        matcher(
            """
        tag: rocm
        phrase: composable kernel
        regex: mi[234]\\d\\d[a-z]?
        label: rocm
        login-suffix: -amd
        """);

    assertThat(
            hits(
                m,
                "[CI/ROCm] Composable  Kernel on MI300X",
                "mi300x and MI355X",
                "dev-AMD",
                "ROCm"))
        .containsExactly(
            "title: 'Composable Kernel'",
            "title: 'MI300X'",
            "title tag [CI/ROCm]",
            "body: 'mi300x'",
            "body: 'MI355X'",
            "label 'ROCm'",
            "author login 'dev-AMD'");
  }

  @Test
  @Timeout(10)
  void aBacktrackingRegexRunsInLinearTime() {
    // (.*a){25}b against 40 a's: java.util.regex backtracks past 60 s (issue #24); RE2/J does not.
    TermMatcher m = matcher("regex: (.*a){25}b");
    String word = "a".repeat(40);

    long start = System.nanoTime();
    assertThat(hits(m, word, word + " " + word + "c", "x")).isEmpty();
    assertThat(hits(m, "a".repeat(30) + "b", "", "x")).hasSize(1);
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(2_000);
  }

  @Test
  void termCountsPerListAndField() {
    TermMatcher m = matcher("word: slow, faster");
    ItemFact f =
        ItemFact.of(
            Fixtures.item(1, ItemKind.ISSUE, "t", "slow, SLOW and faster", "x"), List.of(), false);

    assertThat(m.match(f))
        .filteredOn(TermCount.class::isInstance)
        .map(o -> ((TermCount) o).evidence())
        .containsExactly("body: 'slow', 'faster'");
  }

  @Test
  void loginMatchingForBotLists() {
    TermMatcher m =
        new TermMatcher(
            List.of(
                TermFileParser.parse(
                    "bots.txt", "login-suffix: [bot]\nlogin: mergify", false, new ArrayList<>())));

    assertThat(m.matchLogin("Mergify")).containsEntry("bots", "login: mergify");
    assertThat(m.matchLogin("x[bot]")).containsEntry("bots", "login-suffix: [bot]");
    assertThat(m.matchLogin("someone")).isEmpty();
  }
}
