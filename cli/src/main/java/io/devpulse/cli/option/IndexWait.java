package io.devpulse.cli.option;

import io.devpulse.index.IndexInUseException;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * {@code --wait[=DURATION]}, for every command that writes the index: runs a unit of work that
 * opens the index for writing and, while another devpulse process holds it, tries again every 200
 * ms until the wait has passed; then the {@link IndexInUseException} stands. Without {@code --wait}
 * the first failure is final, so a second writer fails fast. Safe because a writer takes the lock
 * before doing anything.
 */
public final class IndexWait {
  private static final long STEP_MILLIS = 200;

  @Option(
      names = "--wait",
      paramLabel = "DURATION",
      arity = "0..1",
      fallbackValue = "10m",
      converter = SyncConverters.Wait.class,
      descriptionKey = "option.wait")
  Duration wait;

  public <T> T retrying(Callable<T> work) throws Exception {
    return retrying(wait, work);
  }

  public static <T> T retrying(Duration wait, Callable<T> work) throws Exception {
    long deadline = System.nanoTime() + (wait == null ? 0 : wait.toNanos());
    while (true) {
      try {
        return work.call();
      } catch (IndexInUseException e) {
        if (System.nanoTime() - deadline >= 0) {
          throw e;
        }
        Thread.sleep(STEP_MILLIS);
      }
    }
  }
}
