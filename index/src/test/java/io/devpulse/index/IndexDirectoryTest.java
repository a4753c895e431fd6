package io.devpulse.index;

import static io.devpulse.index.TestData.json;
import static io.devpulse.index.TestData.prefixLm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.index.IndexDirectory.Contents;
import io.devpulse.index.IndexDirectory.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexDirectoryTest {
  @TempDir Path tmp;

  private static void commit(Path dir, Map<String, String> userData) {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()));
      update.commit(userData);
    }
  }

  /** An index another program wrote with Lucene: no marker, no devpulse commit data. */
  private static void plainLuceneIndex(Path dir) throws IOException {
    try (IndexWriter writer =
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new StringField("id", "1", Field.Store.YES));
      writer.addDocument(doc);
      writer.setLiveCommitData(Map.of("owner", "someone else").entrySet());
      writer.commit();
    }
  }

  @Test
  void aMissingOrEmptyDirectoryIsNew() throws IOException {
    assertThat(IndexDirectory.inspect(tmp.resolve("none")).kind()).isEqualTo(Kind.NEW);
    assertThat(IndexDirectory.inspect(tmp).kind()).isEqualTo(Kind.NEW);
    // a first run that died while creating its writer leaves only the lock file
    Files.createFile(tmp.resolve("write.lock"));
    assertThat(IndexDirectory.inspect(tmp).kind()).isEqualTo(Kind.NEW);
  }

  @Test
  void aNonEmptyWriteLockInANewFolderIsSomeoneElsesAndNothingIsWritten() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("index"));
    Files.writeString(dir.resolve("write.lock"), "not Lucene's");

    assertThat(IndexDirectory.inspect(dir).kind()).isEqualTo(Kind.FOREIGN);
    assertThatThrownBy(() -> IndexUpdate.open(dir))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessageStartingWith(
            dir + " is not a devpulse index: it holds other files (write.lock)");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("write.lock");
    }
  }

  @Test
  void anIndexDevpulseWroteIsMarkedAndCommitted() throws IOException {
    Path dir = tmp.resolve("index");
    commit(dir, Map.of());

    assertThat(dir.resolve(IndexDirectory.MARKER)).isRegularFile();
    assertThat(IndexDirectory.inspect(dir))
        .isEqualTo(new Contents(Kind.DEVPULSE, true, true, List.of(), 0));
  }

  @Test
  void aMarkedIndexWithoutACommitYetIsDevpulses() throws IOException {
    // what an import killed before its first commit leaves behind
    Path dir = tmp.resolve("index");
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      update.put(prefixLm(), json(prefixLm()));
    }
    assertThat(IndexDirectory.inspect(dir))
        .isEqualTo(new Contents(Kind.DEVPULSE, false, true, List.of(), 0));
  }

  @Test
  void filesSomeoneElsePutIntoAnIndexAreNeverDeletedAndNamed() throws IOException {
    // given an index, and files a user put into it that Lucene would take for unused files of its
    // own
    Path dir = tmp.resolve("index");
    commit(dir, Map.of("lastImport", "2025-12-10T12:00:00Z"));
    Files.writeString(dir.resolve("_config.yml"), "title: mine\n");
    Files.writeString(dir.resolve("_notes.txt"), "notes\n");
    // then writers refuse, naming them, and change nothing
    assertThat(IndexDirectory.inspect(dir))
        .isEqualTo(new Contents(Kind.STRAY, true, true, List.of("_config.yml", "_notes.txt"), 2));
    assertThatThrownBy(() -> IndexUpdate.open(dir))
        .isInstanceOf(NotAnIndexException.class)
        .hasMessage(
            "index "
                + dir
                + " holds _config.yml, _notes.txt, which devpulse did not create and a write"
                + " would delete; move them out of the index directory (nothing was changed)");
    assertThat(dir.resolve("_config.yml")).hasContent("title: mine");
    assertThat(dir.resolve("_notes.txt")).hasContent("notes");
    // readers read on; stats names them
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      assertThat(index.stats().items()).isEqualTo(1);
    }
    IndexHealth health = IndexHealth.check(dir);
    assertThat(health.summary()).contains("foreign files: holds _config.yml, _notes.txt");
    // and once moved out, writing works again
    Files.delete(dir.resolve("_config.yml"));
    Files.delete(dir.resolve("_notes.txt"));
    commit(dir, Map.of("lastImport", "2025-12-10T13:00:00Z"));
  }

  @Test
  void lucenesOwnFilesAreNotStraysAlsoEmptyOnesACrashLeft() throws IOException {
    Path dir = tmp.resolve("index");
    commit(dir, Map.of());
    try (var files = Files.list(dir)) {
      assertThat(files.filter(IndexDirectory::isStray).toList()).isEmpty();
    }
    assertThat(IndexDirectory.isStray(Files.createFile(dir.resolve("_9.fdt")))).isFalse();
    assertThat(IndexDirectory.isStray(Files.writeString(dir.resolve("_data.json"), "{}"))).isTrue();
    assertThat(
            IndexDirectory.isStray(
                Files.writeString(dir.resolve("notes.txt"), "not Lucene's name")))
        .isFalse();
  }

  @Test
  void anIndexFromBeforeTheMarkerIsRecognisedByItsCommitData() throws IOException {
    Path dir = tmp.resolve("index");
    commit(dir, Map.of("lastImport", "2025-12-10T12:00:00Z"));
    Files.delete(dir.resolve(IndexDirectory.MARKER));

    assertThat(IndexDirectory.inspect(dir))
        .isEqualTo(new Contents(Kind.DEVPULSE, true, false, List.of(), 0));
  }

  @Test
  void anotherProgramsLuceneIndexIsForeign() throws IOException {
    Path dir = tmp.resolve("lucene");
    plainLuceneIndex(dir);

    Contents contents = IndexDirectory.inspect(dir);

    assertThat(contents.kind()).isEqualTo(Kind.FOREIGN);
    assertThat(contents.committed()).isTrue();
    assertThat(contents.foreignFiles()).hasSize(3).doesNotContain("write.lock");
  }

  @Test
  void aFolderOfOtherFilesIsForeignAndNamesThem() throws IOException {
    for (String name : List.of("_config.yml", "_data.json", "index.md", "about.md", "write.lock")) {
      Files.writeString(tmp.resolve(name), name);
    }
    Files.createDirectory(tmp.resolve("_posts"));

    Contents contents = IndexDirectory.inspect(tmp);

    assertThat(contents.kind()).isEqualTo(Kind.FOREIGN);
    assertThat(contents.foreignFilesText()).isEqualTo("_config.yml, _data.json, _posts and 2 more");
  }

  @Test
  void aFileNamedLikeACommitPointIsForeignAndInAnIndexMisnamed() throws IOException {
    Path folder = tmp.resolve("folder");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("segments_backup.txt"), "notes");
    assertThat(IndexDirectory.inspect(folder).kind()).isEqualTo(Kind.FOREIGN);

    Path dir = tmp.resolve("index");
    commit(dir, Map.of());
    Files.writeString(dir.resolve("segments_backup.txt"), "notes");
    Files.writeString(dir.resolve("pending_segments"), "notes");

    Contents contents = IndexDirectory.inspect(dir);

    assertThat(contents.kind()).isEqualTo(Kind.MISNAMED);
    assertThat(contents.foreignFilesText()).isEqualTo("pending_segments, segments_backup.txt");
  }

  @Test
  void markingTwiceKeepsOneMarker() throws IOException {
    IndexDirectory.mark(tmp);
    IndexDirectory.mark(tmp);

    assertThat(Files.readString(tmp.resolve(IndexDirectory.MARKER)))
        .startsWith("This directory is a devpulse index");
    assertThat(IndexDirectory.inspect(tmp).kind()).isEqualTo(Kind.DEVPULSE);
  }
}
