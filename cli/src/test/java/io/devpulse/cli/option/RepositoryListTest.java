package io.devpulse.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryListTest {
  @TempDir Path tmp;

  @Test
  void optionsThenFileLinesEachOnceWithoutCommentsAndBlanks() throws Exception {
    Path file =
        Files.writeString(
            tmp.resolve("repos"), "# mine\n\n  octo/hello  # main one\nVLLM-project/vllm\n");

    List<Repository> repos =
        RepositoryList.of(List.of(Repository.parse("vllm-project/vllm")), file);

    assertThat(repos)
        .containsExactly(Repository.parse("vllm-project/vllm"), Repository.parse("octo/hello"));
  }

  @Test
  void noRepositoryAtAllIsAUserError() {
    assertThatThrownBy(() -> RepositoryList.of(List.of(), null))
        .isInstanceOf(UserErrorException.class)
        .hasMessage("name at least one repository with --repo or --repos-file");
  }

  @Test
  void badLinesAndMissingFilesAreNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("repos"), "octo/hello\nocto\n");

    assertThatThrownBy(() -> RepositoryList.read(file))
        .hasMessage(file + ":2: repository (octo) must be OWNER/NAME");
    assertThatThrownBy(() -> RepositoryList.read(tmp.resolve("none")))
        .hasMessage("cannot read repositories file " + tmp.resolve("none"));
  }
}
