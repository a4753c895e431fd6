package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.ItemKind;
import io.devpulse.model.Priority;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCasesTest {
  @TempDir Path tmp;

  private Path file(String text) throws Exception {
    return Files.writeString(tmp.resolve("cases.jsonl"), text);
  }

  @Test
  void readsItemsAndExpectations() throws Exception {
    List<RuleCase> cases =
        RuleCases.read(
            file(
                """
        {"name": "a", "kind": "pr", "title": "t", "labels": ["rocm"], "files": ["csrc/rocm/x.cu"], "author": "dev-amd", "expect": {"topics": ["amd-rocm"], "notTopics": ["docs"], "priority": "LOW"}}
        """));

    RuleCase c = cases.get(0);
    assertThat(c.name()).isEqualTo("a");
    assertThat(c.item().kind()).isEqualTo(ItemKind.PULL_REQUEST);
    assertThat(c.item().changedFiles()).containsExactly("csrc/rocm/x.cu");
    assertThat(c.item().author().login()).isEqualTo("dev-amd");
    assertThat(c.topics()).containsExactly("amd-rocm");
    assertThat(c.priority()).isEqualTo(Priority.LOW);
  }

  @Test
  void mistakesNameFileLineAndField() throws Exception {
    assertThatThrownBy(() -> RuleCases.read(file("{\"title\": \"t\"}\n")))
        .hasMessage(tmp.resolve("cases.jsonl") + ":1: field 'expect': missing");
    assertThatThrownBy(
            () ->
                RuleCases.read(
                    file("\n{\"title\": \"t\", \"expect\": {\"priority\": \"urgent\"}}")))
        .hasMessage(
            tmp.resolve("cases.jsonl")
                + ":2: field 'expect.priority': priority (urgent) must be one of critical, high, normal, low");
    assertThatThrownBy(() -> RuleCases.read(file("{\"title\": ")))
        .hasMessageStartingWith(tmp.resolve("cases.jsonl") + ":1: malformed JSON: ");
    assertThatThrownBy(() -> RuleCases.read(file("# nothing\n")))
        .hasMessage(tmp.resolve("cases.jsonl") + ": no cases");
  }
}
