package io.devpulse.cli;

import static io.devpulse.cli.CliRun.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.github.BadInputException;
import io.devpulse.github.ReadOptions;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RuleRuntimeException;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir Path tmp;

  private final Importer importer = new Importer(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void countsItemsCommentsAndRecordsTheImportInTheCommit() throws Exception {
    Path index = tmp.resolve("index");

    ImportSummary summary = importer.importFiles(index, List.of(
        Path.of(fixture("vllm-2025-12-10-hour/issues.json")),
        Path.of(fixture("vllm-2025-12-10-hour/comments.json"))), ReadOptions.defaults(),
        TestRules.BUILT_IN);

    assertThat(summary).isEqualTo(new ImportSummary(2, 5, 0, 0, 4, 0, 0));
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.stats().commitData())
          .containsEntry("lastImport", NOW.toString())
          .containsEntry("rules.fingerprint", TestRules.BUILT_IN.fingerprint());
      Classification c = history.item(VLLM, 30387).orElseThrow().classification();
      assertThat(c.topics()).contains("low-precision");
      assertThat(c.priority()).isEqualTo(Priority.HIGH);
      assertThat(c.fingerprint()).isEqualTo(TestRules.BUILT_IN.fingerprint());
    }
  }

  @Test
  void aBadSecondFileLeavesNothingOfTheFirst() throws Exception {
    Path index = tmp.resolve("index");
    Path bad = Files.writeString(tmp.resolve("bad.json"), "[{\"number\": 1,");

    assertThatThrownBy(() -> importer.importFiles(index, List.of(
        Path.of(fixture("vllm-week-2025-12-12/issues.json")), bad), ReadOptions.defaults(),
        TestRules.BUILT_IN))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(bad + ":1:");
    assertThatThrownBy(() -> HistoryIndex.open(index)).hasMessageStartingWith("no index at");
  }

  @Test
  void aFailingRuleLeavesTheIndexAsItWas() throws Exception {
    Path index = tmp.resolve("index");
    importer.importFiles(index, List.of(Path.of(fixture("vllm-week-2025-12-12/issues.json"))),
        ReadOptions.defaults(), TestRules.BUILT_IN);
    CompiledRules failing = TestRules.failingOnTag(tmp.resolve("rules"), "docs");

    assertThatThrownBy(() -> importer.importFiles(index,
        List.of(Path.of(fixture("vllm-2025-12-10-hour/issues.json"))), ReadOptions.defaults(), failing))
        .isInstanceOf(RuleRuntimeException.class)
        .hasMessageContaining("boom on docs");
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.stats().items()).isEqualTo(222);
      assertThat(history.item(VLLM, 30387)).isEmpty();
    }
  }
}
