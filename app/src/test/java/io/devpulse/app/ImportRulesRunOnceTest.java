package io.devpulse.app;

import static io.devpulse.app.TestApp.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.devpulse.classify.Pack;
import io.devpulse.github.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import runs the rules once on each item, whatever order its files are given in: comments are
 * read before items, so an item arrives with its discussion held and the settling pass has nothing
 * left to classify. Counted by a rule of the pack itself, so every classifier call counts, as the
 * item arrives or when the import settles. The items come in creation order: one arriving after
 * later items of its author or labels changes their history, and they are classified again for that
 * (as they must be).
 */
class ImportRulesRunOnceTest {
  private static final String DAY = "vllm-attention-day/";

  @TempDir Path tmp;

  @BeforeEach
  void reset() {
    RuleRuns.reset();
  }

  private ImportFiles.Result importFiles(Path index, Pack pack, String... names)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      files.add(name.equals("issues.json") ? itemsByCreation() : Path.of(fixture(DAY + name)));
    }
    return new ImportFiles(TestApp.APP)
        .run(new ImportFiles.Request(index, files, ReadOptions.defaults(), pack));
  }

  /** The day's items in creation order, as JSON Lines. */
  private Path itemsByCreation() throws IOException {
    List<JsonNode> items =
        new ArrayList<>(FakeGithub.parse(Files.readString(Path.of(fixture(DAY + "issues.json")))));
    items.sort(Comparator.comparing(i -> Instant.parse(i.get("created_at").asText())));
    Path file = tmp.resolve("items-by-creation.jsonl");
    Files.write(file, items.stream().map(JsonNode::toString).toList());
    return file;
  }

  @Test
  void itemsBeforeTheirCommentsAreClassifiedOnceEach() throws IOException {
    Pack pack = TestPacks.counting(tmp.resolve("pack"));

    ImportFiles.Result result =
        importFiles(
            tmp.resolve("index"),
            pack,
            "issues.json",
            "comments.json",
            "reviews.json",
            "releases.json");

    assertThat(result.comments()).isPositive();
    Map<String, Integer> runs = RuleRuns.counts();
    assertThat(runs).hasSize((int) result.items());
    assertThat(runs.entrySet().stream().filter(e -> e.getValue() != 1))
        .as("items the rules ran on more than once")
        .isEmpty();
  }

  @Test
  void eitherFileOrderStoresTheSameAndRunsTheRulesOnceAnItem() throws IOException {
    Pack pack = TestPacks.counting(tmp.resolve("pack"));
    Path itemsFirst = tmp.resolve("items-first");
    Path commentsFirst = tmp.resolve("comments-first");

    importFiles(itemsFirst, pack, "issues.json", "comments.json", "reviews.json");
    Map<String, Integer> first = RuleRuns.counts();
    RuleRuns.reset();
    importFiles(commentsFirst, pack, "reviews.json", "comments.json", "issues.json");

    assertThat(RuleRuns.counts()).isEqualTo(first);
    assertThat(first.values().stream().collect(Collectors.toSet())).containsExactly(1);
    assertThat(DeterministicClassificationTest.classifications(commentsFirst))
        .isEqualTo(DeterministicClassificationTest.classifications(itemsFirst));
  }
}
