package io.devpulse.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryTest {
  @Test
  void parsesAndComparesIgnoringCase() {
    Repository repo = Repository.parse("vLLM-project/vllm");

    assertThat(repo.owner()).isEqualTo("vLLM-project");
    assertThat(repo.toString()).isEqualTo("vLLM-project/vllm");
    assertThat(repo).isEqualTo(Repository.parse("vllm-project/VLLM"));
    assertThat(repo.key()).isEqualTo("vllm-project/vllm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vllm", "/vllm", "vllm/", "a/b/c", "a b/c", ""})
  void rejectsWhatIsNotOwnerSlashName(String text) {
    assertThatThrownBy(() -> Repository.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("repository (" + text + ") must be OWNER/NAME");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../..",
        "./.",
        "o/..",
        "o/.",
        "../r",
        "-o/r",
        "o.o/r",
        "o/r%2e",
        "o/r?x",
        "0123456789012345678901234567890123456789/r"
      })
  void rejectsNamesGitHubDoesNotAllowSoNoneClimbsAPathOrUrl(String text) {
    assertThatThrownBy(() -> Repository.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "repository ("
                + text
                + ") must be OWNER/NAME as GitHub names them (owner: letters, digits,"
                + " - and _; name: letters, digits, . - and _, not . or ..)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"vllm-project/vllm", "o/r", "octo_acme/.github", "a/b.c-d_e", "0/..x"})
  void acceptsWhatGitHubAllows(String text) {
    assertThat(Repository.parse(text).fullName()).isEqualTo(text);
  }
}
