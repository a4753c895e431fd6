package io.devpulse.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Priority;
import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriorityTruthTest {
  @TempDir Path tmp;

  @Test
  void readsPriorityAndAmbiguityIgnoringOtherFields() {
    PriorityTruth t =
        PriorityTruth.parse(
            "t.jsonl",
            """
        {"number": 5176, "title": "[Usage]: x", "labels": ["usage"], "priority": "low", "ambiguous": false}

        {"number": 7, "priority": "Critical"}
        {"number": 8, "priority": "high", "ambiguous": true}
        """);

    assertThat(t.rows())
        .containsExactly(
            new PriorityTruth.Row(5176, Priority.LOW, false, 1),
            new PriorityTruth.Row(7, Priority.CRITICAL, false, 3),
            new PriorityTruth.Row(8, Priority.HIGH, true, 4));
  }

  @Test
  void namesTheLineAndFieldOfABadRow() {
    assertThatThrownBy(
            () ->
                PriorityTruth.parse(
                    "t.jsonl",
                    "{\"number\": 1, \"priority\": \"low\"}\n"
                        + "{\"number\": 2, \"priority\": \"urgent\"}\n"))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(
            "t.jsonl:2: field 'priority': expected one of critical, high, normal, low, found the string \"urgent\"");
    assertThatThrownBy(
            () ->
                PriorityTruth.parse(
                    "t.jsonl", "{\"number\": 1, \"priority\": \"low\", \"ambiguous\": \"no\"}"))
        .hasMessage(
            "t.jsonl:1: field 'ambiguous': expected true or false, found the string \"no\"");
    assertThatThrownBy(
            () ->
                PriorityTruth.parse(
                    "t.jsonl",
                    "{\"number\": 1, \"priority\": \"low\"}\n{\"number\": 1, \"priority\": \"low\"}"))
        .hasMessage("t.jsonl:2: field 'number': item 1 is already on line 1");
    assertThatThrownBy(() -> PriorityTruth.parse("t.jsonl", "{\"number\": 1,"))
        .hasMessageStartingWith("t.jsonl:1: malformed JSON: ");
  }

  @Test
  void tellsAPriorityTruthFromASubjectTruthByItsFirstRow() throws Exception {
    Path priority =
        Files.writeString(tmp.resolve("p.jsonl"), "\n{\"number\": 1, \"priority\": \"low\"}\n");
    Path subject = Files.writeString(tmp.resolve("s.jsonl"), "{\"number\": 1, \"topics\": []}\n");

    assertThat(PriorityTruth.looksLikePriorityTruth(priority)).isTrue();
    assertThat(PriorityTruth.looksLikePriorityTruth(subject)).isFalse();
    assertThat(PriorityTruth.looksLikePriorityTruth(tmp.resolve("absent.jsonl"))).isFalse();
  }
}
