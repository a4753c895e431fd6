package io.devpulse.index;

import static io.devpulse.index.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCopyTest {
  @TempDir Path dir;

  private void commitTwoItems() {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()), AMD_HIGH);
      update.put(botFix(), json(botFix()), null);
      update.commit(Map.of("lastImport", "2026-01-01T00:00:00Z"));
    }
  }

  private List<String> files(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void whatIsWrittenToTheCopyIsReadFromItAndNeverReachesTheIndex() throws IOException {
    commitTwoItems();
    List<String> before = files(dir);
    Path copyDir;
    try (IndexCopy copy = IndexCopy.of(dir)) {
      copyDir = copy.dir();
      copy.update().put(prefixLm(), json(prefixLm()), DOCS_LOW);
      copy.update().markAllItemsClassifiedBy("rules-v2");
      try (HistoryIndex read = copy.reader()) {
        assertThat(read.item(VLLM, prefixLm().number()).orElseThrow().classification().topics())
            .containsExactly("docs");
        assertThat(read.countItemsNotClassifiedBy("rules-v2")).isZero();
        assertThat(read.commitData()).containsEntry("lastImport", "2026-01-01T00:00:00Z");
      }
      assertThat(copyDir).doesNotExist(); // the reader owned it
    }
    assertThat(files(dir)).isEqualTo(before);
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.item(VLLM, prefixLm().number()).orElseThrow().classification().topics())
          .containsExactly("amd-rocm");
      assertThat(index.countItemsNotClassifiedBy(AMD_HIGH.fingerprint())).isEqualTo(1);
    }
  }

  @Test
  void aCopyNotReadIsDeletedOnClose() {
    commitTwoItems();
    Path copyDir;
    try (IndexCopy copy = IndexCopy.of(dir)) {
      copyDir = copy.dir();
      assertThat(copyDir).isDirectory();
    }
    assertThat(copyDir).doesNotExist();
  }

  @Test
  void aReadOnlyIndexCanBeCopied() throws IOException {
    commitTwoItems();
    try (Stream<Path> s = Files.list(dir)) {
      s.forEach(p -> p.toFile().setWritable(false));
    }
    dir.toFile().setWritable(false);
    try (IndexCopy copy = IndexCopy.of(dir);
        HistoryIndex read = copy.reader()) {
      assertThat(read.item(VLLM, botFix().number())).isPresent();
    } finally {
      dir.toFile().setWritable(true);
    }
  }
}
