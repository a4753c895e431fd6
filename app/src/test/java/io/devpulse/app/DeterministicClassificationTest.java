package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.model.Repository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item's stored classification depends only on the rules and the items of its repository created
 * before it: on the 7,080 merged vLLM pull requests (file order is by number, not creation), one
 * bulk import, ten imports of shuffled batches, a sync page by page through a fake GitHub and a
 * reclassification of everything store the same topics, priorities and evidence.
 */
@Tag("slow")
class DeterministicClassificationTest {
  @TempDir static Path tmp;

  static List<String> lines;
  static Map<String, Classification> bulk;

  @BeforeAll
  static void importOnce() throws IOException {
    lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(
                        Path.of(TestApp.fixture("vllm-merged-prs/issues.jsonl.gz")))),
                StandardCharsets.UTF_8))) {
      in.lines().forEach(lines::add);
    }
    assertThat(lines).hasSize(7080);
    Path index = tmp.resolve("bulk");
    TestApp.importFixtures(index, "vllm-merged-prs/issues.jsonl.gz");
    bulk = classifications(index);
  }

  static Map<String, Classification> classifications(Path index) {
    Map<String, Classification> out = new TreeMap<>();
    try (HistoryIndex h = HistoryIndex.open(index)) {
      h.forEachItem(i -> out.put(i.item().key(), i.classification()));
    }
    return out;
  }

  private static ImportFiles.Result importFile(Path index, Path file) {
    try {
      return new ImportFiles(TestApp.APP)
          .run(
              new ImportFiles.Request(
                  index, List.of(file), ReadOptions.defaults(), TestPacks.BUILT_IN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFirstBulkImportGivesHistoryTopics() {
    assertThat(bulk).hasSize(7080);
    assertThat(bulk.values()).allSatisfy(c -> assertThat(c).isNotNull());
    long byHistory =
        bulk.values().stream()
            .filter(
                c ->
                    c.evidence().stream()
                        .anyMatch(e -> e.rule().equals("topic: author's earlier work")))
            .count();
    assertThat(byHistory).isGreaterThan(100);
  }

  @Test
  void tenShuffledImportsStoreWhatOneBulkImportStores() throws IOException {
    List<String> shuffled = new ArrayList<>(lines);
    Collections.shuffle(shuffled, new Random(7080));
    Path index = tmp.resolve("ten");
    int size = (shuffled.size() + 9) / 10;
    for (int i = 0; i < 10; i++) {
      Path batch = tmp.resolve("batch-" + i + ".jsonl");
      Files.write(batch, shuffled.subList(i * size, Math.min(shuffled.size(), (i + 1) * size)));
      importFile(index, batch);
    }
    assertThat(classifications(index)).isEqualTo(bulk);
  }

  @Test
  void aSyncPageByPageStoresWhatOneBulkImportStores() throws IOException {
    List<JsonNode> records = FakeGithub.parse("[" + String.join(",", lines) + "]");
    Path index = tmp.resolve("sync");
    try (FakeGithub github = new FakeGithub(100)) {
      github
          .list(FakeGithub.REPO + "/issues", records)
          .list(FakeGithub.REPO + "/issues/comments", List.of());
      new SyncRepositories(TestApp.APP)
          .run(
              new SyncRepositories.Request(
                  index,
                  List.of(Repository.parse("vllm-project/vllm")),
                  TestPacks.BUILT_IN,
                  new GithubConnection(
                      github.url(),
                      null,
                      Map.of("GITHUB_TOKEN", "ghp_test"),
                      Duration.ofMinutes(1),
                      Duration.ofSeconds(30),
                      "devpulse-test"),
                  SyncOptions.defaults(),
                  SyncListener.NONE));
    }
    assertThat(classifications(index)).isEqualTo(bulk);
  }

  @Test
  void classifyingEverythingAgainRightAfterAnImportChangesNothing() {
    Path index = tmp.resolve("all");
    TestApp.importFixtures(index, "vllm-merged-prs/issues.jsonl.gz");

    Reclassify.Result result =
        new Reclassify(TestApp.APP).run(new Reclassify.Request(index, TestPacks.BUILT_IN, true));

    assertThat(result.items()).isEqualTo(7080);
    assertThat(result.changed()).isZero();
    assertThat(classifications(index)).isEqualTo(bulk);
  }
}
