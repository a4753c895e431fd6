package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Repository;
import io.devpulse.rules.RulePacks;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassificationRefreshTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");

  @TempDir Path tmp;

  private Path index;
  private Path rules;

  @BeforeEach
  void importWithTheBuiltInRulesThenEditThem() throws Exception {
    index = tmp.resolve("index");
    CliRun.of("import", "--index", index.toString(), fixture("vllm-2025-12-10-hour/issues.json"));
    rules = tmp.resolve("rules");
    RulePacks.writeBuiltIn(rules, false);
    // Whisper becomes multimodal as well: an edit that changes one item's topics.
    Files.writeString(rules.resolve("terms/topics/multimodal.txt"), "\nword: whisper\n",
        StandardOpenOption.APPEND);
  }

  @Test
  void theNextReadingCommandReclassifiesAndSaysSo() {
    CliRun first = CliRun.of("query", "--index", index.toString(), "--rules", rules.toString(),
        "topic:multimodal", "--format", "csv");
    CliRun second = CliRun.of("query", "--index", index.toString(), "--rules", rules.toString(),
        "topic:multimodal", "--format", "csv");

    assertThat(first.err()).startsWith("rules changed: reclassified 5 items with the rules of "
        + rules.toAbsolutePath());
    assertThat(first.out()).contains(",30385,");
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void nothingHappensWhenTheRulesAreUnchanged() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    ClassificationRefresh.openCurrent(index, RulePacks.builtIn(),
        new PrintStream(err, true, StandardCharsets.UTF_8)).close();

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aBusyIndexKeepsItsClassificationAndSaysWhy() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (IndexUpdate writer = IndexUpdate.open(index)) {
      ClassificationRefresh.openCurrent(index, RulePacks.load(rules),
          new PrintStream(err, true, StandardCharsets.UTF_8)).close();
    }

    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("rules changed, but the index is busy: 5 items still carry an older classification\n");
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.item(VLLM, 30385).orElseThrow().classification().fingerprint())
          .isEqualTo(RulePacks.builtIn().fingerprint());
    }
  }
}
