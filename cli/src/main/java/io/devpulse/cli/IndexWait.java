package io.devpulse.cli;

import io.devpulse.index.IndexInUseException;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code --wait}: runs a unit of work that opens the index for writing and, while another devpulse process
 * holds the index, tries again every 200 ms until {@code wait} has passed; then the {@link
 * IndexInUseException} stands. Without a wait (null or zero) the first failure is final, so a second
 * writer fails fast.
 */
final class IndexWait {
  private static final long STEP_MILLIS = 200;

  private IndexWait() {}

  static <T> T retrying(Duration wait, Callable<T> work) throws Exception {
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
