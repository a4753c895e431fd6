package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.app.TestApp;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeldRepositoriesTest {
  @TempDir static Path tmp;

  @BeforeAll
  static void importTheHour() {
    TestApp.importFixtures(tmp.resolve("index"), "vllm-2025-12-10-hour/issues.json");
  }

  @Test
  void resolvesInAnyCaseToTheStoredSpellingAndRefusesTheRest() {
    try (HistoryIndex index = HistoryIndex.open(tmp.resolve("index"))) {
      HeldRepositories held = HeldRepositories.of(index);

      assertThat(held.all()).extracting(Repository::fullName).containsExactly("vllm-project/vllm");
      assertThat(held.resolve(Repository.parse("VLLM-Project/vLLM")).fullName())
          .isEqualTo("vllm-project/vllm");
      assertThat(
              held.resolveAll(
                  List.of(
                      Repository.parse("vllm-project/vllm"),
                      Repository.parse("VLLM-PROJECT/VLLM"))))
          .extracting(Repository::fullName)
          .containsExactly("vllm-project/vllm");
      assertThatThrownBy(() -> held.resolve(Repository.parse("vllm/vllm")))
          .isInstanceOf(UserErrorException.class)
          .hasMessage("repository vllm/vllm is not in the index (it holds vllm-project/vllm)");
    }
  }
}
