package io.devpulse.rules;

import io.devpulse.model.SuppressForbidden;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;

/**
 * Holds rules to their time budget. A pack is code: a rule with {@code while (true) {}} or a long
 * sleep would otherwise keep import, classify, query, report and site running until killed. One
 * daemon thread looks at every running {@link Classifier} call 20 times a second; one past its
 * deadline is halted (between firings) and its thread interrupted (sleeps and waits), and the
 * classifier then fails naming the rule and the item. A rule that ignores both (a busy loop inside
 * one consequence) cannot be stopped inside the JVM: after a grace period the {@link #onStuck stuck
 * handler} ends the process with that same message and exit status 1 — like a kill, which the index
 * is proven to survive (nothing since the last commit is stored).
 */
public final class RuleWatchdog {
  /** How long a halted, interrupted rule may take to return before the process is ended. */
  static final Duration GRACE = Duration.ofSeconds(2);

  private static final long TICK_MILLIS = 50;

  private static final Set<Watch> RUNNING = ConcurrentHashMap.newKeySet();
  private static volatile Consumer<String> stuckHandler = RuleWatchdog::haltProcess;
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "devpulse-rule-watchdog");
            t.setDaemon(true);
            return t;
          });

  static {
    TIMER.scheduleWithFixedDelay(
        RuleWatchdog::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  private RuleWatchdog() {}

  /**
   * What to do with the message of a rule that could not be stopped; the default prints {@code
   * devpulse: MESSAGE} on stderr and halts the JVM with status 1. The CLI sets its own, printing on
   * its terminal-safe stream.
   */
  public static void onStuck(Consumer<String> handler) {
    stuckHandler = handler == null ? RuleWatchdog::haltProcess : handler;
  }

  @SuppressForbidden(
      reason =
          "the last resort when no front end set a handler: a rule that cannot be stopped must not end the process without a word")
  private static void haltProcess(String message) {
    System.err.println(
        "devpulse: " + message.replaceAll("[\\p{Cntrl}\u202A-\u202E\u2066-\u2069]", "?"));
    System.err.flush();
    Runtime.getRuntime().halt(1);
  }

  /** One classifier call being watched. */
  static final class Watch {
    private final Thread thread;
    private final KieSession session;
    private final long deadline;
    private final Classifier classifier;
    private final String subject;
    private boolean running = true;
    private volatile boolean expired;
    private long expiredAt;

    Watch(Thread thread, KieSession session, long deadline, Classifier classifier, String subject) {
      this.thread = thread;
      this.session = session;
      this.deadline = deadline;
      this.classifier = classifier;
      this.subject = subject;
    }

    boolean expired() {
      return expired;
    }

    private synchronized void check(long now) {
      if (!running) {
        return;
      }
      if (!expired && now - deadline >= 0) {
        expired = true;
        expiredAt = now;
        session.halt();
        thread.interrupt();
      } else if (expired && now - expiredAt >= GRACE.toNanos()) {
        running = false;
        stuckHandler.accept(classifier.budgetMessage(subject));
      }
    }

    /**
     * Ends the watch; clears an interrupt the watchdog sent, so later I/O of the thread is not hit.
     */
    synchronized void stop() {
      running = false;
      if (expired) {
        Thread.interrupted();
      }
    }
  }

  static Watch start(Classifier classifier, KieSession session, long deadline, String subject) {
    Watch w = new Watch(Thread.currentThread(), session, deadline, classifier, subject);
    RUNNING.add(w);
    return w;
  }

  static void stop(Watch w) {
    w.stop();
    RUNNING.remove(w);
  }

  private static void tick() {
    long now = System.nanoTime();
    for (Watch w : RUNNING) {
      try {
        w.check(now);
      } catch (RuntimeException e) {
        // A session disposed meanwhile: the classifier has returned or will.
      }
    }
  }
}
