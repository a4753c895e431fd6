package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.app.IndexNotices;
import io.devpulse.app.TestApp;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Repository;
import io.devpulse.rules.RulePacks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
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
    // "Whisper support torch.compile" (already multimodal) gets one more multimodal term: an edit that
    // touches one item, so the rules run on it alone.
    Files.writeString(rules.resolve("terms/topics/multimodal.txt"), "\nword: compile\n",
        StandardOpenOption.APPEND);
  }

  /** Notices as lines, the way the CLI words them. */
  private static final class Recorded implements IndexNotices {
    final List<String> lines = new ArrayList<>();

    @Override
    public void reclassified(long items, long changed, String packOrigin) {
      lines.add("reclassified " + items + " with " + packOrigin);
    }

    @Override
    public void staleButBusy(long items) {
      lines.add("busy: " + items + " stale");
    }
  }

  @Test
  void theFirstOpeningAfterAnEditReclassifiesAndSaysSoOnce() {
    Recorded first = new Recorded();
    Recorded second = new Recorded();

    CurrentIndex.open(TestApp.APP, index, RulePacks.load(rules), first).close();
    try (HistoryIndex current = CurrentIndex.open(TestApp.APP, index, RulePacks.load(rules), second)) {
      assertThat(current.item(VLLM, 30385).orElseThrow().classification().topics()).contains("multimodal");
    }

    assertThat(first.lines).containsExactly("reclassified 1 with " + rules.toAbsolutePath());
    assertThat(second.lines).isEmpty();
  }

  @Test
  void nothingHappensWhenTheRulesAreUnchanged() {
    Recorded notices = new Recorded();

    CurrentIndex.open(TestApp.APP, index, RulePacks.builtIn(), notices).close();

    assertThat(notices.lines).isEmpty();
  }

  @Test
  void aBusyIndexKeepsItsClassificationAndSaysWhy() {
    Recorded notices = new Recorded();
    try (IndexUpdate writer = IndexUpdate.open(index)) {
      CurrentIndex.open(TestApp.APP, index, RulePacks.load(rules), notices).close();
    }

    assertThat(notices.lines).containsExactly("busy: 5 stale");
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.item(VLLM, 30385).orElseThrow().classification().fingerprint())
          .isEqualTo(RulePacks.builtIn().fingerprint());
    }
  }
}
