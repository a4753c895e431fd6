package io.devpulse.app;

import static io.devpulse.app.TestApp.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.classify.Pack;
import io.devpulse.github.BadInputException;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import io.devpulse.rules.RuleRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFilesTest {
  private static final Repository VLLM = Repository.parse("vllm-project/vllm");
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir Path tmp;

  private final Devpulse app = new Devpulse(Clock.fixed(NOW, ZoneOffset.UTC));

  private ImportFiles.Result importFiles(Path index, List<Path> files, Pack pack) throws Exception {
    return new ImportFiles(app)
        .run(new ImportFiles.Request(index, files, ReadOptions.defaults(), pack));
  }

  @Test
  void countsItemsCommentsAndRecordsTheImportInTheCommit() throws Exception {
    Path index = tmp.resolve("index");

    ImportFiles.Result summary =
        importFiles(
            index,
            List.of(
                Path.of(fixture("vllm-2025-12-10-hour/issues.json")),
                Path.of(fixture("vllm-2025-12-10-hour/comments.json"))),
            TestPacks.BUILT_IN);

    assertThat(summary).isEqualTo(new ImportFiles.Result(2, 5, 0, 0, 4, 0, 0));
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.stats().commitData())
          .containsEntry("lastImport", NOW.toString())
          .containsEntry("rules.fingerprint", TestPacks.BUILT_IN.fingerprint());
      Classification c = history.item(VLLM, 30387).orElseThrow().classification();
      assertThat(c.topics()).contains("low-precision");
      assertThat(c.priority()).isEqualTo(Priority.HIGH);
      assertThat(c.fingerprint()).isEqualTo(TestPacks.BUILT_IN.fingerprint());
    }
  }

  @Test
  void aBadSecondFileLeavesNothingOfTheFirst() throws Exception {
    Path index = tmp.resolve("index");
    Path bad = Files.writeString(tmp.resolve("bad.json"), "[{\"number\": 1,");

    assertThatThrownBy(
            () ->
                importFiles(
                    index,
                    List.of(Path.of(fixture("vllm-week-2025-12-12/issues.json")), bad),
                    TestPacks.BUILT_IN))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(bad + ":1:");
    assertThatThrownBy(() -> HistoryIndex.open(index)).hasMessageStartingWith("no index at");
  }

  @Test
  void aFailingRuleLeavesTheIndexAsItWas() throws Exception {
    Path index = tmp.resolve("index");
    importFiles(
        index, List.of(Path.of(fixture("vllm-week-2025-12-12/issues.json"))), TestPacks.BUILT_IN);
    Pack failing = TestPacks.failingOnTag(tmp.resolve("rules"), "docs");

    assertThatThrownBy(
            () ->
                importFiles(
                    index, List.of(Path.of(fixture("vllm-2025-12-10-hour/issues.json"))), failing))
        .isInstanceOf(RuleRuntimeException.class)
        .hasMessageContaining("boom on docs");
    try (HistoryIndex history = HistoryIndex.open(index)) {
      assertThat(history.stats().items()).isEqualTo(222);
      assertThat(history.item(VLLM, 30387)).isEmpty();
    }
  }
}
