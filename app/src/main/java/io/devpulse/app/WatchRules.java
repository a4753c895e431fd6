package io.devpulse.app;

import io.devpulse.classify.Pack;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The rule-editing loop in one warm process: diffs the pack in a directory against the index
 * ({@link DiffRules}), then again each time a file under the directory changes, until the listener
 * says stop or the thread is interrupted. A cold process spends about half its time compiling code
 * (the JIT) and a second starting Drools; here both are paid once, so each diff after the first
 * costs a fraction of a cold one (on 100k items ~5 s instead of ~15 s), and a term-list edit reuses
 * the compiled DRL.
 *
 * <p>A pack that does not compile, or a rule that fails, is reported and watched on: the next save
 * usually fixes it.
 */
public final class WatchRules {
  private final DiffRules diff;

  public WatchRules(Devpulse app) {
    this.diff = new DiffRules(app);
  }

  /**
   * @param quiet how long the directory must stay unchanged after a change before the pack is read
   *     (an editor's save is often several writes)
   * @param listener hears each round, and says whether to go on
   */
  public record Request(
      Path rulesDir, Path indexDir, int examples, Duration quiet, Listener listener) {
    public Request {
      Objects.requireNonNull(rulesDir, "rulesDir");
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(quiet, "quiet");
      if (!Files.isDirectory(rulesDir)) {
        throw new UserErrorException(
            "rules directory (" + rulesDir + ") does not exist or is not a directory");
      }
      Objects.requireNonNull(listener, "listener");
    }
  }

  /** What each round gives; return false to stop watching. */
  public interface Listener {
    /** The pack as saved now, diffed in {@code took}. */
    boolean diffed(DiffRules.Result result, Duration took);

    /** The pack as saved now does not compile, or a rule failed on an item. */
    boolean failed(UserErrorException problem);
  }

  /**
   * @param rounds how many times the pack was read and diffed (or failed)
   */
  public record Result(int rounds) {}

  /** Runs rounds until the listener returns false. */
  public Result run(Request request) throws InterruptedException {
    Listener listener = request.listener();
    int rounds = 0;
    try (WatchService watcher = request.rulesDir().getFileSystem().newWatchService()) {
      watchTree(watcher, request.rulesDir());
      while (true) {
        rounds++;
        long start = System.nanoTime();
        boolean more;
        try {
          DiffRules.Result result =
              diff.run(
                  new DiffRules.Request(
                      request.indexDir(), Pack.load(request.rulesDir()), request.examples()));
          more = listener.diffed(result, Duration.ofNanos(System.nanoTime() - start));
        } catch (UserErrorException e) {
          more = listener.failed(e);
        }
        if (!more) {
          return new Result(rounds);
        }
        awaitChange(watcher, request.quiet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot watch " + request.rulesDir() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Blocks until something under the watched directories changes and then stays quiet for {@code
   * quiet}.
   */
  private static void awaitChange(WatchService watcher, Duration quiet)
      throws InterruptedException {
    WatchKey key = watcher.take();
    while (key != null) {
      for (WatchEvent<?> event : key.pollEvents()) {
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
            && key.watchable() instanceof Path dir
            && event.context() instanceof Path name
            && Files.isDirectory(dir.resolve(name))) {
          watchTreeQuietly(watcher, dir.resolve(name)); // a new folder of term lists
        }
      }
      key.reset();
      key = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void watchTree(WatchService watcher, Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(
            watcher,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
      }
    }
  }

  private static void watchTreeQuietly(WatchService watcher, Path dir) {
    try {
      watchTree(watcher, dir);
    } catch (IOException | UncheckedIOException e) {
      // gone again already: nothing to watch
    }
  }
}
