package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Classification;
import io.devpulse.model.Priority;
import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRulesTest {
  @TempDir Path tmp;

  private Path file(String text) throws Exception {
    return Files.writeString(tmp.resolve("cases.jsonl"), text);
  }

  @Test
  void eachCasePassesOrSaysWhatWasMissingUnwantedOrWrong() throws Exception {
    Path cases =
        file(
            """
        {"name": "docs typo", "title": "[Doc] Fix typo in the quickstart guide", "expect": {"topics": ["docs"]}}
        {"name": "wants amd", "title": "[Doc] Fix typo in the quickstart guide", "expect": {"topics": ["amd-rocm"], "notTopics": ["docs"]}}
        """);

    TestRules.Result result =
        new TestRules(TestApp.APP).run(new TestRules.Request(TestPacks.BUILT_IN, cases));

    assertThat(result.outcomes())
        .extracting(TestRules.Outcome::name)
        .containsExactly("docs typo", "wants amd");
    assertThat(result.passed()).isEqualTo(1);
    assertThat(result.outcomes().get(1).failures())
        .containsExactly(
            new TestRules.MissingTopics(Set.of("amd-rocm"), List.of("docs")),
            new TestRules.UnwantedTopics(Set.of("docs")));
  }

  @Test
  void failuresNameWhatWasMissingUnwantedOrWrong() {
    var c =
        new io.devpulse.app.internal.RuleCase("c", null, Set.of("a"), Set.of("b"), Priority.HIGH);

    assertThat(
            TestRules.failures(c, new Classification(List.of("a"), Priority.HIGH, List.of(), "f")))
        .isEmpty();
    assertThat(
            TestRules.failures(c, new Classification(List.of("b"), Priority.LOW, List.of(), "f")))
        .containsExactly(
            new TestRules.MissingTopics(Set.of("a"), List.of("b")),
            new TestRules.UnwantedTopics(Set.of("b")),
            new TestRules.WrongPriority(Priority.LOW, Priority.HIGH));
  }

  @Test
  void aBadCasesFileIsOneLineNamingIt() throws Exception {
    Path cases = file("# nothing\n");

    assertThatThrownBy(
            () -> new TestRules(TestApp.APP).run(new TestRules.Request(TestPacks.BUILT_IN, cases)))
        .isInstanceOf(UserErrorException.class)
        .hasMessage(cases + ": no cases");
  }
}
