package io.devpulse.benchmarks;

import io.devpulse.app.Devpulse;
import io.devpulse.app.ImportFiles;
import io.devpulse.classify.Pack;
import io.devpulse.github.ReadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * Where the benchmarks find their data, shared by every benchmark: the system property {@code
 * devpulse.bench.dir} (benchmarks/run passes {@code benchmarks/target/bench}) holds {@code corpus/}
 * (see {@link Corpus}) and {@code index/}, the corpus imported once with the built-in rules.
 */
final class Bench {
  static final String REPO = "vllm-project/vllm";

  private Bench() {}

  static Path dir() {
    return Path.of(System.getProperty("devpulse.bench.dir", "target/bench")).toAbsolutePath();
  }

  static Path items() {
    return dir().resolve("corpus/items.jsonl");
  }

  static Path comments() {
    return dir().resolve("corpus/comments.jsonl");
  }

  /**
   * The corpus index (items and comments, built-in rules); built here if benchmarks/run did not.
   */
  static synchronized Path index() {
    Path index = dir().resolve("index");
    if (!Files.isDirectory(index)) {
      Path tmp = dir().resolve("index.tmp");
      deleteTree(tmp);
      importFiles(tmp, BUILT_IN, items(), comments());
      try {
        Files.move(tmp, index, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }

  /**
   * An environment whose DEVPULSE_HOME has no rules, so the built-in pack is used unless --rules.
   */
  static Map<String, String> env() {
    Path home = dir().resolve("home");
    return Map.of("HOME", home.toString(), "DEVPULSE_HOME", home.resolve("devpulse").toString());
  }

  /**
   * The application the benchmarks drive, as a front end would: one per JVM, so each rule pack is
   * compiled once (like the CLI within one process).
   */
  static final Devpulse APP = Devpulse.standard();

  static final Pack BUILT_IN = Pack.builtIn();

  /** Imports {@code files} into {@code index} with {@code pack}: the {@code import} use case. */
  static ImportFiles.Result importFiles(Path index, Pack pack, Path... files) {
    try {
      return new ImportFiles(APP)
          .run(new ImportFiles.Request(index, List.of(files), ReadOptions.defaults(), pack));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path tempDir(String prefix) {
    try {
      Files.createDirectories(dir().resolve("tmp"));
      return Files.createTempDirectory(dir().resolve("tmp"), prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.delete(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies a tree and forces the copies to disk: a measured step right after the copy would
   * otherwise share the machine with the kernel writing back hundreds of megabytes (on the 100k
   * index that added 2-3 s to a reclassification that takes 7-8 s on an index at rest, which is
   * what users have).
   */
  static void copyTree(Path from, Path to) {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
          try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
