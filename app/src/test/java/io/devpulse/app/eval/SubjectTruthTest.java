package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.UserErrorException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectTruthTest {
  @Test
  void readsRowsWithOptionalAmbiguousAndIgnoresOtherFields(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("truth.jsonl");
    Files.writeString(
        file,
        """
        {"number": 16229, "title": "[Bugfix] Merge MM embeddings", "author": "x", "listed_week": "2025-10-03", "topics": [], "ambiguous": []}

        {"number": 30387, "topics": ["performance", "low-precision"], "ambiguous": ["performance"]}
        {"number": 7, "topics": ["docs"]}
        {"number": 8, "topics": ["docs"], "ambiguous": null}
        """,
        StandardCharsets.UTF_8);

    SubjectTruth truth = SubjectTruth.read(file);

    assertThat(truth.size()).isEqualTo(4);
    assertThat(truth.byNumber().keySet()).containsExactly(16229, 30387, 7, 8);
    SubjectTruth.Row row = truth.row(30387);
    assertThat(row.topics()).containsExactly("low-precision", "performance");
    assertThat(row.ambiguous()).containsExactly("performance");
    assertThat(row.line()).isEqualTo(3);
    assertThat(row.isAbout("low-precision")).isTrue();
    assertThat(row.isAbout("performance")).isFalse();
    assertThat(row.scores("performance")).isFalse();
    assertThat(truth.row(7).ambiguous()).isEmpty();
    assertThat(truth.row(8).ambiguous()).isEmpty();
    assertThat(truth.topics()).containsExactly("docs", "low-precision", "performance");
    assertThat(truth.topicsByNumber())
        .containsEntry(7, Set.of("docs"))
        .containsEntry(16229, Set.of());
    assertThat(truth.filter(n -> n % 2 == 0).byNumber().keySet()).containsExactly(8);
    assertThat(truth.source()).isEqualTo(file.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"topics\": []}|t.jsonl:2: field 'number': missing (expected a positive integer)",
        "{\"number\": 0, \"topics\": []}|t.jsonl:2: field 'number': expected a positive integer, found 0",
        "{\"number\": -3, \"topics\": []}|t.jsonl:2: field 'number': expected a positive integer, found -3",
        "{\"number\": 1.5, \"topics\": []}|t.jsonl:2: field 'number': expected a positive integer, found 1.5",
        "{\"number\": \"12\", \"topics\": []}|t.jsonl:2: field 'number': expected a positive integer, found the string \"12\"",
        "{\"number\": 99999999999, \"topics\": []}|t.jsonl:2: field 'number': expected a positive integer, found 99999999999",
        "{\"number\": 5}|t.jsonl:2: field 'topics': missing (expected an array of topic names)",
        "{\"number\": 5, \"topics\": \"docs\"}|t.jsonl:2: field 'topics': expected an array of topic names, found the string \"docs\"",
        "{\"number\": 5, \"topics\": null}|t.jsonl:2: field 'topics': expected an array of topic names, found null",
        "{\"number\": 5, \"topics\": [\"docs\", 3]}|t.jsonl:2: field 'topics': expected an array of topic names, found an element 3",
        "{\"number\": 5, \"topics\": [\"docs\", \"docs\"]}|t.jsonl:2: field 'topics': topic 'docs' is listed twice",
        "{\"number\": 5, \"topics\": [\" \"]}|t.jsonl:2: field 'topics': topic name \" \" is blank or has surrounding spaces",
        "{\"number\": 5, \"topics\": [], \"ambiguous\": {}}|t.jsonl:2: field 'ambiguous': expected an array of topic names, found an object",
        "{\"number\": 5, \"topics\": [], \"ambiguous\": [[]]}|t.jsonl:2: field 'ambiguous': expected an array of topic names, found an element an array",
        "{\"number\": 1, \"topics\": []}|t.jsonl:2: field 'number': item 1 is already on line 1",
        "[1, 2]|t.jsonl:2: expected a JSON object, found an array",
        "{\"number\": 5, \"topics\": [}|t.jsonl:2: malformed JSON: Unexpected close marker '}': expected ']' at column 26",
        "{\"number\": 5, \"topics\": []} x|t.jsonl:2: malformed JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') at column 29",
      })
  void rejectsBadRowsNamingFileLineAndField(String line, String message) {
    String text = "{\"number\": 1, \"topics\": []}\n" + line + "\n";

    assertThatThrownBy(() -> SubjectTruth.parse("t.jsonl", text))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(message);
  }

  @Test
  void checksTopicsAgainstTheKnownOnes() {
    SubjectTruth truth =
        SubjectTruth.parse(
            "t.jsonl",
            """
        {"number": 1, "topics": ["docs"]}
        {"number": 2, "topics": [], "ambiguous": ["perf"]}
        """);

    truth.requireKnownTopics(List.of("docs", "perf"));
    assertThatThrownBy(() -> truth.requireKnownTopics(List.of("docs", "performance")))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "t.jsonl:2: field 'ambiguous': unknown topic 'perf' (known: docs, performance)");
  }

  @Test
  void aMissingFileIsAUserError(@TempDir Path dir) {
    assertThatThrownBy(() -> SubjectTruth.read(dir.resolve("nope.jsonl")))
        .isInstanceOf(UserErrorException.class)
        .hasMessageStartingWith("cannot read truth file " + dir.resolve("nope.jsonl"));
  }

  @Test
  void readsTheTruthFromTitleTags(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("t.jsonl"),
            """
        {"number": 1, "topics": ["docs"], "title": "[ROCm] x"}
        {"number": 2, "topics": [], "title": "[Perf][Doc] y"}
        """);

    assertThat(SubjectTruth.read(file, false).topicsByNumber())
        .containsExactly(Map.entry(1, Set.of("docs")), Map.entry(2, Set.of()));
    assertThat(SubjectTruth.read(file, true).topicsByNumber())
        .containsExactly(
            Map.entry(1, Set.of("amd-rocm")), Map.entry(2, Set.of("docs", "performance")));
  }

  @Test
  void aRowWithoutATitleIsAUserErrorWhenTheTagsAreTheTruth(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("t.jsonl"), "{\"number\": 1, \"title\": \"x\"}\n{\"number\": 2}\n");

    assertThatThrownBy(() -> SubjectTruth.read(file, true))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(file + ":2: field 'title': expected a string");
  }

  @Test
  void fromAMapWithoutAmbiguity() {
    SubjectTruth truth = SubjectTruth.of(Map.of(3, Set.of("a")));

    assertThat(truth.row(3).topics()).containsExactly("a");
    assertThat(truth.row(3).ambiguous()).isEmpty();
  }
}
