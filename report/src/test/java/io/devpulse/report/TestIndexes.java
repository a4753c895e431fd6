package io.devpulse.report;

import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Classification;
import io.devpulse.model.Coverage;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.Priority;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Test indexes built from the fixtures under {@code src/test/resources/fixtures}, with test
 * classifications.
 */
final class TestIndexes {
  static final Repository VLLM = new Repository("vllm-project", "vllm");
  static final String HOUR = "fixtures/vllm-2025-12-10-hour/";
  static final String WEEK = "fixtures/vllm-week-2025-12-12/issues.json";
  static final String MERGED_PRS = "fixtures/vllm-merged-prs/issues.jsonl.gz";
  static final Window HOUR_WINDOW =
      new Window(Instant.parse("2025-12-10T11:01:00Z"), Instant.parse("2025-12-10T12:01:00Z"));
  static final Window WEEK_WINDOW =
      new Window(Instant.parse("2025-12-05T00:00:00Z"), Instant.parse("2025-12-12T00:00:00Z"));

  /**
   * What the application would derive for a report here, as the reference report has it: GitHub's
   * bot flag, amd-rocm in focus with the reference report's checks, no coverage claim.
   */
  static final ReportContext CONTEXT =
      new ReportContext(
          BotPolicy.GITHUB_TYPE_ONLY,
          "amd-rocm",
          AmdChecks.defaults(),
          Coverage.UNKNOWN,
          BuiltInPhrasing.MESSAGES,
          BuiltInPhrasing.TERM_HITS,
          ReportRequest.DEFAULT_REVIEW_WAIT);

  private TestIndexes() {}

  /**
   * What the rules will say about the hour fixture: #30387 a high-priority low-precision crash,
   * #30386 and #30385 performance work (#30386 also touches an attention backend: a kernel
   * mention), #30388 and #30348 documentation; nothing amd-rocm. Each item's first topic is its
   * primary one.
   */
  static final Map<Integer, Classification> HOUR_CLASSIFICATIONS =
      Map.of(
          30387,
              new Classification(
                  List.of("low-precision"),
                  Priority.HIGH,
                  List.of(
                      Evidence.priority(
                          Priority.HIGH, "crash in a bug report", "body: 'illegal memory access'"),
                      Evidence.topic("low-precision", "low-precision: body term", "body: 'fp8'")),
                  "test-hour",
                  List.of(),
                  "low-precision",
                  List.of()),
          30386,
              new Classification(
                  List.of("performance", "kernel"),
                  Priority.NORMAL,
                  List.of(
                      Evidence.topic("performance", "performance: body term", "body: 'faster'"),
                      Evidence.topic("kernel", "kernel: title term", "title: 'TritonAttention'")),
                  "test-hour",
                  List.of(),
                  "performance",
                  List.of()),
          30385,
              new Classification(
                  List.of("performance"),
                  Priority.NORMAL,
                  List.of(
                      Evidence.topic(
                          "performance", "performance: phrase", "body: 'torch.compile'")),
                  "test-hour",
                  List.of(),
                  "performance",
                  List.of()),
          30388,
              new Classification(
                  List.of("docs"),
                  Priority.LOW,
                  List.of(
                      Evidence.topic("docs", "docs: title tag", "title tag [Docs]"),
                      Evidence.priority(Priority.LOW, "documentation only", "topics: docs")),
                  "test-hour",
                  List.of(),
                  "docs",
                  List.of()),
          30348,
              new Classification(
                  List.of("docs"),
                  Priority.LOW,
                  List.of(
                      Evidence.topic("docs", "docs: title tag", "title tag [Docs]"),
                      Evidence.priority(Priority.LOW, "documentation only", "topics: docs")),
                  "test-hour",
                  List.of(),
                  "docs",
                  List.of()));

  /** The hour fixture (items and comments) with {@link #HOUR_CLASSIFICATIONS}. */
  static void importHour(Path dir) {
    importInto(
        dir,
        i -> HOUR_CLASSIFICATIONS.get(i.number()),
        HOUR + "issues.json",
        HOUR + "comments.json");
  }

  /**
   * A second repository for roll-ups: the hour fixture's items and comments with every URL naming
   * {@code other} instead of vllm-project/vllm (so the same numbers in another repository), less
   * the items numbered {@code without} and their comments; classified like the hour.
   */
  static void importHourAs(Path dir, Repository other, java.util.Set<Integer> without) {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (String resource : List.of(HOUR + "issues.json", HOUR + "comments.json")) {
        String json;
        try (InputStream in = TestIndexes.class.getClassLoader().getResourceAsStream(resource)) {
          json =
              new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                  .replace("vllm-project/vllm", other.fullName());
        }
        try (GithubFileReader reader =
            GithubFileReader.open(
                new java.io.ByteArrayInputStream(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                resource,
                ReadOptions.defaults())) {
          for (Optional<ParsedRecord> r; (r = reader.next()).isPresent(); ) {
            if (r.get().entity() instanceof Item item) {
              if (!without.contains(item.number())) {
                update.put(item, r.get().json(), HOUR_CLASSIFICATIONS.get(item.number()));
              }
            } else if (!(r.get().entity() instanceof io.devpulse.model.Comment c
                && without.contains(c.itemNumber()))) {
              update.put(r.get().entity(), r.get().json());
            }
          }
        }
      }
      update.commit(Map.of("lastImport", "2025-12-12T00:00:00Z"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The week's merged pull requests, optionally with the 7,080 merged pull requests around them.
   */
  static void importWeek(Path dir, boolean withHistory) {
    if (withHistory) {
      importInto(dir, TitleTagClassifier::classify, MERGED_PRS, WEEK);
    } else {
      importInto(dir, TitleTagClassifier::classify, WEEK);
    }
  }

  /**
   * Imports classpath resources into the index at {@code dir}, classifying items with {@code
   * classifier}.
   */
  static void importInto(Path dir, Function<Item, Classification> classifier, String... resources) {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (String resource : resources) {
        InputStream in = TestIndexes.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
          throw new IllegalStateException("no test resource " + resource);
        }
        try (GithubFileReader reader =
            GithubFileReader.open(in, resource, ReadOptions.defaults())) {
          for (Optional<ParsedRecord> r; (r = reader.next()).isPresent(); ) {
            if (r.get().entity() instanceof Item item) {
              update.put(item, r.get().json(), classifier.apply(item));
            } else {
              update.put(r.get().entity(), r.get().json());
            }
          }
        }
      }
      update.commit(Map.of("lastImport", "2025-12-12T00:00:00Z"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HistoryIndex open(Path dir) {
    return HistoryIndex.open(dir);
  }
}
