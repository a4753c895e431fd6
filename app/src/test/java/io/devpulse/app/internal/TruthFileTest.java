package io.devpulse.app.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruthFileTest {
  @TempDir Path tmp;

  @Test
  void readsTopicsOrTitleTags() throws Exception {
    Path file = Files.writeString(tmp.resolve("t.jsonl"), """
        {"number": 1, "topics": ["docs"], "title": "[ROCm] x"}
        {"number": 2, "topics": [], "title": "[Perf][Doc] y"}
        """);

    assertThat(TruthFile.read(file, false)).containsExactly(entry(1, Set.of("docs")), entry(2, Set.of()));
    assertThat(TruthFile.read(file, true))
        .containsExactly(entry(1, Set.of("amd-rocm")), entry(2, Set.of("docs", "performance")));
  }

  @Test
  void badRowsNameTheLine() throws Exception {
    Path file = Files.writeString(tmp.resolve("t.jsonl"), "{\"number\": 1, \"topics\": []}\n{\"number\": \"x\"}\n");

    assertThatThrownBy(() -> TruthFile.read(file, false))
        .hasMessage(file + ":2: field 'number': expected a positive integer");
  }
}
