package io.devpulse.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.model.ItemKind;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermEditTest {
  private static Map<String, String> terms(RulePack pack) {
    Map<String, String> out = new TreeMap<>();
    pack.files()
        .forEach(
            (k, v) -> {
              if (k.endsWith(".txt")) {
                out.put(k, v);
              }
            });
    return out;
  }

  @Test
  void aWordAddedToATopicListTouchesTheItemsWithThatWordOnly() {
    RulePack before = RulePacks.builtIn();
    Map<String, String> files = new TreeMap<>(before.files());
    files.merge("terms/topics/multimodal.txt", "\nword: compile\n", String::concat);
    RulePack after = new RulePack("edited", files);

    TermEdit edit = TermEdit.between(before.drlFingerprint(), terms(before), after).orElseThrow();

    assertThat(edit.changedFiles()).containsExactly("terms/topics/multimodal.txt");
    assertThat(
            edit.touches(
                Fixtures.item(
                    1, ItemKind.PULL_REQUEST, "[Core] Whisper support `torch.compile`", "", "x")))
        .isTrue();
    assertThat(
            edit.touches(
                Fixtures.item(2, ItemKind.PULL_REQUEST, "[Core] Faster sampling", "", "x")))
        .isFalse();
    // a word the list has already: nothing to touch
    files.merge("terms/topics/multimodal.txt", "\nword: whisper\n", String::concat);
    TermEdit again =
        TermEdit.between(after.drlFingerprint(), terms(after), new RulePack("again", files))
            .orElseThrow();
    assertThat(
            again.touches(
                Fixtures.item(1, ItemKind.PULL_REQUEST, "[Core] Whisper support", "", "x")))
        .isFalse();
  }

  private static TermEdit edit(String file, java.util.function.UnaryOperator<String> change) {
    RulePack before = RulePacks.builtIn();
    Map<String, String> files = new TreeMap<>(before.files());
    files.put(file, change.apply(files.get(file)));
    return TermEdit.between(before.drlFingerprint(), terms(before), new RulePack("e", files))
        .orElseThrow();
  }

  @Test
  void anEditOfCommentsOnlyTouchesNothingAndSaysSoWithoutAnItem() {
    TermEdit edit = edit("terms/topics/performance.txt", t -> "# a note\n" + t + "\n\n# end\n");

    assertThat(edit.entriesDiffer()).isFalse();
    assertThat(edit.touches(Fixtures.item(1, ItemKind.PULL_REQUEST, "Faster sampling", "", "x")))
        .isFalse();
  }

  @Test
  void theSameEntriesInAnotherOrderMayTouchWhatTwoOfThemMatch() {
    // Of two entries finding the same term, the first names the hit: a new order is judged item by
    // item, as any other edit of entries.
    TermEdit moved =
        edit(
            "terms/topics/performance.txt",
            t -> "label: performance\n" + t.replace("label: performance\n", ""));

    assertThat(moved.entriesDiffer()).isTrue();
    assertThat(moved.touches(Fixtures.item(1, ItemKind.ISSUE, "Faster sampling", "", "x")))
        .isFalse();
  }

  @Test
  void aRemovedEntryTouchesTheItemsItMatchedAndALongerPhraseThoseWithAllItsWords() {
    TermEdit removed =
        edit("terms/topics/performance.txt", t -> t.replace("word: latency, latencies,", "word:"));
    TermEdit longer = edit("terms/topics/performance.txt", t -> t + "phrase: hot path fix\n");

    assertThat(removed.touches(Fixtures.item(1, ItemKind.ISSUE, "High LATENCY", "", "x"))).isTrue();
    assertThat(removed.touches(Fixtures.item(2, ItemKind.ISSUE, "Faster sampling", "", "x")))
        .isFalse();
    assertThat(
            longer.touches(
                Fixtures.item(3, ItemKind.PULL_REQUEST, "Sampler", "A *hot path fix* here", "x")))
        .isTrue();
    assertThat(
            longer.touches(
                Fixtures.item(4, ItemKind.PULL_REQUEST, "Sampler", "A hot path, fixed", "x")))
        .isFalse();
  }

  @Test
  void aNewWordTouchesTheItemsWhoseTextHasItHoweverTheMarkdownWritesIt() {
    TermEdit edit = edit("terms/topics/performance.txt", t -> t + "word: snappier, iopier\n");
    java.util.function.BiFunction<String, String, Boolean> touches =
        (title, body) -> edit.touches(Fixtures.item(1, ItemKind.ISSUE, title, body, "x"));

    assertThat(touches.apply("Much SNAPPIER sampling", "")).isTrue();
    assertThat(touches.apply("[Core] snappier `sampling`", "")).isTrue();
    assertThat(touches.apply("[Snappier] sampling", "")).isFalse(); // a tag: for tag entries
    assertThat(touches.apply("Sampling", "It is Snappier now")).isTrue();
    // letters apart in the Markdown, one word in the text the lists see
    assertThat(touches.apply("Sampling", "It is snap*pier* now")).isTrue();
    assertThat(touches.apply("Sampling", "It is [snap](https://x.io)pier now")).isTrue();
    assertThat(touches.apply("Sampling", "It is [snap][r]pier\n\n[r]: https://x.io")).isTrue();
    assertThat(touches.apply("Sampling", "It is [snap]pier\n\n[snap]: https://x.io")).isTrue();
    assertThat(touches.apply("Sampling", "It is &#115;nappier now")).isTrue();
    assertThat(touches.apply("Sampling", "Mail <me@x.io>pier")).isTrue();
    // words apart in the Markdown stay apart
    assertThat(touches.apply("Sampling", "It is snap `x` pier, snap<br>pier, snap_pier_"))
        .isFalse();
    assertThat(touches.apply("Sampling", "snappy ![snappier](https://x.io/a.png) pier")).isFalse();
    assertThat(touches.apply("Snappy sampling", "It is fast now")).isFalse();
  }

  @Test
  void notForDrlEditsOrListsWithLogins() {
    RulePack before = RulePacks.builtIn();
    Map<String, String> drl = new TreeMap<>(before.files());
    drl.put("extra.drl", "package t;\n");
    Map<String, String> login = new TreeMap<>(before.files());
    login.merge("terms/topics/amd-rocm.txt", "\nword: hipblaslt\n", String::concat);

    assertThat(TermEdit.between(before.drlFingerprint(), terms(before), new RulePack("d", drl)))
        .isEmpty();
    assertThat(TermEdit.between(before.drlFingerprint(), terms(before), new RulePack("l", login)))
        .isEmpty();
    assertThat(TermEdit.between(before.drlFingerprint(), terms(before), before)).isEmpty();
  }

  @Test
  void notForTheSameProblemListWhichIsReadInComments() {
    RulePack before = RulePacks.builtIn();
    Map<String, String> files = new TreeMap<>(before.files());
    files.merge("terms/same-problem.txt", "\nphrase: affects us too\n", String::concat);

    assertThat(TermEdit.between(before.drlFingerprint(), terms(before), new RulePack("s", files)))
        .isEmpty();
  }
}
