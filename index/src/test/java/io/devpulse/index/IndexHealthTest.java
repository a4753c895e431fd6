package io.devpulse.index;

import static io.devpulse.index.TestData.json;
import static io.devpulse.index.TestData.prefixLm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.devpulse.index.IndexHealth.State;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The states {@link IndexHealth} tells apart beyond OK and DAMAGED (which {@link IndexFaultsTest}
 * covers). Read-only directories are simulated with {@link FaultyFileSystem}, since the tests may
 * run as root, for whom permissions do not bite; {@link
 * #aDirectoryWithoutWritePermissionIsReadOnly} tries real permissions and is skipped where they do
 * not apply.
 */
class IndexHealthTest {
  @TempDir Path tmp;

  private final FaultyFileSystem fs = new FaultyFileSystem();

  private static void commit(Path dir) {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()));
      update.commit(Map.of("lastImport", "2025-12-10T12:00:00Z"));
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aHealthyIndexOnAReadOnlyFileSystemIsReadOnlyNotDamaged() {
    // was "damaged": checking took the write lock, and creating write.lock failed
    Path dir = fs.wrap(tmp.resolve("index"));
    commit(dir);
    fs.readOnly(true);

    IndexHealth health = IndexHealth.check(dir);

    assertThat(health.state()).isEqualTo(State.READ_ONLY);
    assertThat(health.summary()).isEqualTo("read-only, ok (1 segments checked); cannot be written");
    assertThat(health.problems()).isEmpty();
  }

  @Test
  void aDamagedIndexOnAReadOnlyFileSystemIsDamaged() throws Exception {
    Path dir = fs.wrap(tmp.resolve("index"));
    commit(dir);
    Path segment = IndexFaultsTest.largest(dir);
    IndexFaultsTest.flipByte(segment, Files.size(segment) / 2);
    fs.readOnly(true);

    assertThat(IndexHealth.check(dir).state()).isEqualTo(State.DAMAGED);
  }

  @Test
  void aDirectoryWithoutWritePermissionIsReadOnly() throws IOException {
    Path dir = tmp.resolve("index");
    commit(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(dir))
          .as("permissions do not apply to this user (root?)")
          .isFalse();

      assertThat(IndexHealth.check(dir).state()).isEqualTo(State.READ_ONLY);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void noDirectoryOrAnEmptyOneHasNoIndexYet() throws IOException {
    assertThat(IndexHealth.check(tmp.resolve("none")))
        .isEqualTo(new IndexHealth(State.NO_INDEX_YET, 0, "no index yet", List.of()));
    assertThat(IndexHealth.check(tmp).state()).isEqualTo(State.NO_INDEX_YET);
    assertThat(names(tmp)).isEmpty();
  }

  @Test
  void anImportKilledBeforeItsFirstCommitLeavesNoIndexYet() throws IOException {
    // was "damaged": Lucene's IndexNotFoundException. What a kill leaves: the marker, flushed
    // segment
    // files, no segments_N; copied from a live writer, since a kill cannot be had in-process.
    Path live = tmp.resolve("live");
    Path killed = tmp.resolve("killed");
    Files.createDirectories(live);
    IndexDirectory.mark(live);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(live), new IndexWriterConfig())) {
      for (int i = 0; i < 100; i++) {
        Document doc = new Document();
        doc.add(new StringField("key", "k" + i, Field.Store.YES));
        writer.addDocument(doc);
      }
      writer.flush();
      Files.createDirectories(killed);
      for (String name : names(live)) {
        Files.copy(live.resolve(name), killed.resolve(name));
      }
      writer.rollback();
    }
    assertThat(names(killed))
        .contains("devpulse-index", "write.lock")
        .noneMatch(n -> n.startsWith("segments"))
        .anyMatch(n -> n.startsWith("_0."));

    assertThat(IndexHealth.check(killed))
        .isEqualTo(
            new IndexHealth(
                State.NO_INDEX_YET, 0, "no index yet: no import or sync has committed", List.of()));
    commit(killed); // and the next import makes it an index
    assertThat(IndexHealth.check(killed).state()).isEqualTo(State.OK);
  }

  @Test
  void aFolderOfOtherFilesIsNotAnIndexAndIsLeftAlone() throws IOException {
    Files.writeString(tmp.resolve("_config.yml"), "title: blog\n");
    Files.writeString(tmp.resolve("segments_backup.txt"), "notes");

    IndexHealth health = IndexHealth.check(tmp);

    assertThat(health)
        .isEqualTo(
            new IndexHealth(
                State.NOT_AN_INDEX,
                0,
                "not a devpulse index: it holds other files (_config.yml, segments_backup.txt)",
                List.of()));
    assertThat(names(tmp))
        .containsExactly("_config.yml", "segments_backup.txt"); // not even a write.lock
  }

  @Test
  void aFileIsNotAnIndex() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
    assertThat(IndexHealth.check(file).state()).isEqualTo(State.NOT_AN_INDEX);
  }

  @Test
  void aFileNamedLikeACommitPointInAnIndexIsReportedWithWhatToDo() throws IOException {
    Path dir = tmp.resolve("index");
    commit(dir);
    Files.writeString(dir.resolve("segments_backup.txt"), "notes");

    assertThat(IndexHealth.check(dir))
        .isEqualTo(
            new IndexHealth(
                State.DAMAGED,
                0,
                "damaged: holds segments_backup.txt, named like a commit point",
                List.of("move segments_backup.txt out of the index directory")));
  }
}
