package io.devpulse.classify;

import io.devpulse.index.HistoryIndex;
import io.devpulse.rules.Classified;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Threads that classify arriving items for a {@link BatchClassification}, each with a classifier
 * and an item loader of its own (neither is thread-safe). A job is a pure function of what it is
 * given — the item, its held comments' documents, its history facts — so which thread runs it, and
 * when, changes nothing of its result; the caller puts the results in the order it offered the
 * items. Started on first use; {@link #close} stops and joins every thread, dropping the jobs not
 * begun.
 */
final class ArrivalWorkers implements AutoCloseable {
  /** One item's classification, run by whichever worker takes it. */
  interface Task {
    Classified run(Classifier classifier, HistoryIndex.ItemLoader loader);
  }

  private record Job(HistoryIndex view, Task task, CompletableFuture<Classified> result) {}

  /** Tells a worker to stop (one per worker, queued after the jobs a close drops). */
  private static final Job STOP = new Job(null, null, null);

  private final CompiledRules rules;
  private final int size;

  // Unbounded: the caller bounds what it has offered and not yet put (BatchClassification.window).
  private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final List<Thread> threads = new ArrayList<>();

  ArrivalWorkers(CompiledRules rules, int size) {
    this.rules = rules;
    this.size = size;
  }

  /**
   * Runs {@code task} on a worker, with an item loader over {@code view} (the unit's discussion
   * view, whose comment documents the task reads).
   */
  CompletableFuture<Classified> submit(HistoryIndex view, Task task) {
    if (threads.isEmpty()) {
      for (int i = 0; i < size; i++) {
        threads.add(Thread.ofPlatform().name("devpulse-arrivals-" + i).daemon().start(this::work));
      }
    }
    CompletableFuture<Classified> result = new CompletableFuture<>();
    queue.add(new Job(view, task, result));
    return result;
  }

  /** The result of a submitted job: its classification, or what it threw, rethrown as it was. */
  static Classified await(CompletableFuture<Classified> result) {
    try {
      return result.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  private void work() {
    Classifier classifier = rules.newClassifier();
    try {
      HistoryIndex view = null;
      HistoryIndex.ItemLoader loader = null;
      for (Job job = queue.take(); job != STOP; job = queue.take()) {
        if (job.view() != view) { // a new unit's view (a sync's next page)
          view = job.view();
          loader = view.loader();
        }
        try {
          job.result().complete(job.task().run(classifier, loader));
        } catch (RuntimeException | Error e) { // handed to the thread that puts the item
          job.result().completeExceptionally(e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // only close stops a worker: nothing waits on it then
    } finally {
      classifier.close();
    }
  }

  /** Stops every worker once it has finished its current job, and waits for it. */
  @Override
  public void close() {
    List<Job> dropped = new ArrayList<>();
    queue.drainTo(dropped);
    for (Job job : dropped) {
      job.result().cancel(false);
    }
    for (int i = 0; i < threads.size(); i++) {
      queue.add(STOP);
    }
    boolean interrupted = false;
    for (Thread t : threads) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // a worker still running uses the view the caller closes next
        }
      }
    }
    threads.clear();
    queue.clear();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
