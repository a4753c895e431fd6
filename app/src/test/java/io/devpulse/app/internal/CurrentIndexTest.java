package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.IndexNotices;
import io.devpulse.app.TestApp;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Repository;
import io.devpulse.rules.RulePacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrentIndexTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");

  @TempDir Path tmp;

  private Path index;
  private Path rules;

  @BeforeEach
  void importWithTheBuiltInRulesThenEditThem() throws Exception {
    index = tmp.resolve("index");
    TestApp.importFixtures(index, "vllm-2025-12-10-hour/issues.json");
    rules = tmp.resolve("rules");
    RulePacks.writeBuiltIn(rules, false);
    // "Whisper support torch.compile" (already multimodal) gets one more multimodal term: an edit
    // that
    // touches one item, so the rules run on it alone.
    Files.writeString(
        rules.resolve("terms/topics/multimodal.txt"),
        "\nword: compile\n",
        StandardOpenOption.APPEND);
  }

  /** Notices as lines, the way the CLI words them. */
  private static final class Recorded implements IndexNotices {
    final List<String> lines = new ArrayList<>();

    @Override
    public void reclassified(long items, long changed, String packOrigin) {
      lines.add("classified " + items + " with " + packOrigin + ", " + changed + " changed");
    }

    @Override
    public void staleAsStored(long items) {
      lines.add("as stored: " + items + " stale");
    }
  }

  private List<String> indexFiles() throws IOException {
    try (Stream<Path> s = Files.list(index)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aReadWithOtherRulesClassifiesForItselfSaysSoAndNeverWritesTheIndex() throws IOException {
    List<String> filesBefore = indexFiles();
    Recorded first = new Recorded();
    Recorded second = new Recorded();

    try (HistoryIndex edited = CurrentIndex.open(TestApp.APP, index, Pack.load(rules), first)) {
      assertThat(edited.item(VLLM, 30385).orElseThrow().classification().topics())
          .contains("multimodal");
      assertThat(edited.item(VLLM, 30385).orElseThrow().classification().fingerprint())
          .isEqualTo(RulePacks.load(rules).fingerprint());
    }
    // The next read with the index's own rules sees the index as it was: the preview left nothing
    // behind.
    try (HistoryIndex plain = CurrentIndex.open(TestApp.APP, index, Pack.builtIn(), second)) {
      assertThat(plain.item(VLLM, 30385).orElseThrow().classification().fingerprint())
          .isEqualTo(RulePacks.builtIn().fingerprint());
    }

    assertThat(first.lines)
        .containsExactly("classified 1 with " + rules.toAbsolutePath() + ", 1 changed");
    assertThat(second.lines).isEmpty();
    assertThat(indexFiles()).isEqualTo(filesBefore);
  }

  @Test
  void nothingHappensWhenTheRulesAreUnchanged() {
    Recorded notices = new Recorded();

    CurrentIndex.open(TestApp.APP, index, Pack.builtIn(), notices).close();

    assertThat(notices.lines).isEmpty();
  }

  @Test
  void aBusyIndexIsReadWithTheCommandsRulesToo() {
    Recorded notices = new Recorded();
    try (IndexUpdate writer = IndexUpdate.open(index);
        HistoryIndex edited = CurrentIndex.open(TestApp.APP, index, Pack.load(rules), notices)) {
      assertThat(edited.item(VLLM, 30385).orElseThrow().classification().fingerprint())
          .isEqualTo(RulePacks.load(rules).fingerprint());
    }

    assertThat(notices.lines).hasSize(1);
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.item(VLLM, 30385).orElseThrow().classification().fingerprint())
          .isEqualTo(RulePacks.builtIn().fingerprint());
    }
  }
}
