package io.devpulse.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment faults under the index: a full disk, a read-only file system, a directory that cannot
 * be read (simulated with {@link FaultyFileSystem}: the tests run as root, so chmod would not
 * bite), and index files damaged by hand. Each gives an {@link IndexStorageException} naming the
 * directory and the cause, the last commit stays whole (same items, {@link IndexHealth} OK), and
 * once the fault is gone the same work succeeds. A damaged file is reported by {@link IndexHealth}
 * and opening the index names it.
 */
class IndexFaultsTest {
  @TempDir Path tmp;

  private final FaultyFileSystem fs = new FaultyFileSystem();

  private static Item item(int number, String title) {
    return Item.builder(TestData.VLLM, number, ItemKind.ISSUE)
        .title(title)
        .body("body " + number)
        .author(TestData.ISOTR0PY)
        .createdAt(Instant.parse("2025-12-01T00:00:00Z").plusSeconds(number))
        .updatedAt(Instant.parse("2025-12-02T00:00:00Z").plusSeconds(number))
        .build();
  }

  private static void put(Path dir, int from, int to, String title) {
    try (IndexUpdate update = IndexUpdate.open(dir)) {
      for (int n = from; n < to; n++) {
        Item item = item(n, title + " " + n);
        update.put(item, TestData.json(item), null);
      }
      update.commit(Map.of("lastImport", title));
    }
  }

  /** Files in {@code dir} that the last commit does not need (besides the marker and the lock). */
  private static java.util.List<String> orphans(Path dir) {
    try (var directory =
        org.apache.lucene.store.FSDirectory.open(
            dir, org.apache.lucene.store.NoLockFactory.INSTANCE)) {
      var needed =
          new java.util.HashSet<>(
              org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).files(true));
      needed.add(IndexDirectory.MARKER);
      needed.add("write.lock");
      return java.util.Arrays.stream(directory.listAll()).filter(f -> !needed.contains(f)).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long items(Path dir) {
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      return index.stats().items();
    }
  }

  @Test
  void aFullDiskFailsTheImportWithAClearErrorAndKeepsTheLastCommit() {
    Path dir = fs.wrap(tmp.resolve("index"));
    put(dir, 1, 101, "first");

    fs.diskFullAfter(20_000);
    assertThatThrownBy(() -> put(dir, 101, 2_101, "second"))
        .isInstanceOf(IndexStorageException.class)
        .hasMessage(
            "cannot write index "
                + dir
                + ": No space left on device;"
                + " nothing since the last commit was stored");

    fs.healthy();
    assertThat(items(dir)).isEqualTo(100);
    assertThat(IndexHealth.check(dir).state()).isEqualTo(IndexHealth.State.OK);
    put(dir, 101, 2_101, "second");
    assertThat(items(dir)).isEqualTo(2_100);
    assertThat(IndexHealth.check(dir).state()).isEqualTo(IndexHealth.State.OK);
  }

  @Test
  void aDiskThatFillsAtAnyPointNeverLosesTheLastCommit() {
    // The disk fills at 25 different points of the second import: before, during and after the
    // flush.
    Path dir = fs.wrap(tmp.resolve("index"));
    put(dir, 1, 51, "first");
    int failures = 0;
    for (long budget = 0; budget < 250_000; budget += 10_000) {
      fs.diskFullAfter(budget);
      try {
        put(dir, 51, 1_051, "second");
      } catch (IndexStorageException e) {
        failures++;
        assertThat(e.getMessage()).contains("No space left on device");
        // issue #24: the failed import's files must not keep the disk full until the next writer
        assertThat(orphans(dir))
            .as("files of no commit after a full disk at %d bytes", budget)
            .isEmpty();
      }
      fs.healthy();
      long items = items(dir);
      assertThat(items).as("after a full disk at %d bytes", budget).isIn(50L, 1_050L);
      assertThat(IndexHealth.check(dir).state())
          .as(IndexHealth.check(dir).summary())
          .isEqualTo(IndexHealth.State.OK);
      if (items == 1_050) {
        break;
      }
    }
    assertThat(failures).isPositive();
  }

  @Test
  void aReadOnlyFileSystemRefusesWritersClearlyAndStillServesReaders() {
    Path dir = fs.wrap(tmp.resolve("index"));
    put(dir, 1, 11, "first");

    fs.readOnly(true);
    assertThatThrownBy(() -> put(dir, 11, 21, "second"))
        .isInstanceOf(IndexStorageException.class)
        .hasMessageStartingWith("cannot write index " + dir + ": Read-only file system");
    assertThat(items(dir)).isEqualTo(10);

    fs.readOnly(false);
    put(dir, 11, 21, "second");
    assertThat(items(dir)).isEqualTo(20);
  }

  @Test
  void aNewIndexOnAReadOnlyFileSystemIsAClearError() {
    fs.readOnly(true);
    Path dir = fs.wrap(tmp.resolve("new-index"));

    assertThatThrownBy(() -> IndexUpdate.open(dir))
        .isInstanceOf(IndexStorageException.class)
        .hasMessage(
            "cannot write index "
                + dir
                + ": Read-only file system: "
                + dir
                + "; nothing since the last commit was stored");
  }

  @Test
  void aDirectoryThatCannotBeReadIsAClearError() {
    Path dir = fs.wrap(tmp.resolve("index"));
    put(dir, 1, 11, "first");

    fs.unreadable(true);
    assertThatThrownBy(() -> HistoryIndex.open(dir))
        .isInstanceOf(IndexStorageException.class)
        .hasMessageStartingWith("cannot read index " + dir + ": permission denied: ");
    assertThatThrownBy(() -> IndexUpdate.open(dir))
        .isInstanceOf(IndexStorageException.class)
        .hasMessageStartingWith("cannot write index " + dir + ": permission denied: ");

    fs.unreadable(false);
    assertThat(items(dir)).isEqualTo(10);
  }

  @Test
  void aHealthyIndexIsReportedOk() {
    Path dir = tmp.resolve("index");
    put(dir, 1, 11, "first");

    IndexHealth health = IndexHealth.check(dir);

    assertThat(health.state()).isEqualTo(IndexHealth.State.OK);
    assertThat(health.summary()).isEqualTo("ok (1 segments checked)");
    assertThat(IndexHealth.check(tmp.resolve("none")).state())
        .isEqualTo(IndexHealth.State.NO_INDEX_YET);
  }

  @Test
  void anIndexBeingWrittenIsReportedBusyNotChecked() {
    Path dir = tmp.resolve("index");
    put(dir, 1, 11, "first");
    try (IndexUpdate writer = IndexUpdate.open(dir)) {
      assertThat(IndexHealth.check(dir).state()).isEqualTo(IndexHealth.State.BUSY);
    }
  }

  @Test
  void aFlippedByteInASegmentIsReportedDamagedAndNothingIsWritten() throws Exception {
    Path dir = tmp.resolve("index");
    put(dir, 1, 201, "first");
    Path segment = largest(dir);
    flipByte(segment, Files.size(segment) / 2);
    Map<String, String> before = digests(dir);

    IndexHealth health = IndexHealth.check(dir);

    assertThat(health.state()).isEqualTo(IndexHealth.State.DAMAGED);
    assertThat(health.summary()).isEqualTo("damaged: 1 of 1 segments broken");
    assertThat(health.problems())
        .singleElement()
        .asString()
        .startsWith("segment _0: ")
        .containsIgnoringCase("checksum");
    assertThat(digests(dir)).as("checking changes nothing").isEqualTo(before);
  }

  @Test
  void aTruncatedSegmentIsAClearErrorOnOpen() throws Exception {
    Path dir = tmp.resolve("index");
    put(dir, 1, 201, "first");
    Path segment = largest(dir);
    try (RandomAccessFile f = new RandomAccessFile(segment.toFile(), "rw")) {
      f.setLength(f.length() - 100);
    }
    Map<String, String> before = digests(dir);

    assertThatThrownBy(() -> HistoryIndex.open(dir))
        .isInstanceOf(IndexStorageException.class)
        .hasMessageStartingWith("index " + dir + " is damaged (")
        .hasMessageEndingWith(
            "); 'devpulse stats' shows its health; restore a backup or rebuild it with"
                + " import or sync");
    assertThat(IndexHealth.check(dir).state()).isEqualTo(IndexHealth.State.DAMAGED);
    assertThat(digests(dir)).isEqualTo(before);
  }

  @Test
  void aDamagedCommitPointIsAClearError() throws Exception {
    Path dir = tmp.resolve("index");
    put(dir, 1, 11, "first");
    Path segments;
    try (Stream<Path> files = Files.list(dir)) {
      segments =
          files
              .filter(p -> p.getFileName().toString().startsWith("segments_"))
              .findFirst()
              .orElseThrow();
    }
    flipByte(segments, Files.size(segments) - 20);

    assertThatThrownBy(() -> HistoryIndex.open(dir))
        .isInstanceOf(IndexStorageException.class)
        .hasMessageStartingWith("index " + dir + " is damaged (");
    assertThatThrownBy(() -> IndexUpdate.open(dir))
        .isInstanceOf(IndexStorageException.class)
        .hasMessageStartingWith("index " + dir + " is damaged (");
    IndexHealth health = IndexHealth.check(dir);
    assertThat(health.state()).isEqualTo(IndexHealth.State.DAMAGED);
    assertThat(health.summary()).startsWith("damaged: cannot read the commit point");
  }

  @Test
  void aMissingSegmentFileIsAClearError() throws Exception {
    Path dir = tmp.resolve("index");
    put(dir, 1, 11, "first");
    Path segment = largest(dir);
    Files.delete(segment);

    assertThatThrownBy(() -> HistoryIndex.open(dir))
        .isInstanceOf(IndexStorageException.class)
        .hasMessageStartingWith("index " + dir + " is damaged (missing file " + segment + ")");
    assertThat(IndexHealth.check(dir).state()).isEqualTo(IndexHealth.State.DAMAGED);
  }

  static Path largest(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.max(java.util.Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
  }

  static void flipByte(Path file, long at) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0xFF);
    }
  }

  static Map<String, String> digests(Path dir) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        digests.put(
            p.getFileName().toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return digests;
  }
}
