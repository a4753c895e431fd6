package io.devpulse.github;

import java.time.Duration;

/**
 * Waits: for a rate limit to reset, or between retries. {@link GithubClient} sleeps only through
 * this, so tests pass a sleeper that records the waits instead of spending them.
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep(Duration)}. */
  static Sleeper system() {
    return Thread::sleep;
  }
}
