package io.devpulse.app.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source's records on a thread of its own, a bounded number ahead of the one taking them,
 * in the source's order: an import parses the next records' JSON while it indexes the ones before,
 * so reading leaves the thread that writes the index (alone busy while an import puts comments and
 * reviews). Records are handed over in batches, so the two threads meet once a batch, not once a
 * record. What the taker sees is what reading on its own thread gives: the same records in the same
 * order, then the end, or, at the record that failed, the same exception, thrown from {@link
 * #next}.
 *
 * @param <T> the records
 */
public final class ReadAhead<T> implements Closeable {
  /** The records of a source, one by one; empty at its end. Called from one thread at a time. */
  @FunctionalInterface
  public interface Source<T> {
    Optional<T> next() throws IOException;
  }

  /** Records a batch holds: few enough that the taker soon has the first, many per meeting. */
  static final int BATCH = 128;

  /** Batches read and not taken yet: enough to ride out a slow stretch of either thread. */
  static final int BATCHES_AHEAD = 4;

  /** Some records, then, in the last batch, the end or what reading failed with. */
  private record Batch<T>(List<T> records, boolean end, Throwable failure) {}

  private final Source<T> source;
  private final int batchSize;
  private final BlockingQueue<Batch<T>> queue;
  private final Thread reader;
  private volatile boolean closed;

  /** The batch being taken from, and where in it. */
  private Batch<T> current;

  private int at;
  private boolean ended;

  private ReadAhead(Source<T> source, int batchSize, int batchesAhead, String name) {
    this.source = Objects.requireNonNull(source, "source");
    this.batchSize = batchSize;
    this.queue = new ArrayBlockingQueue<>(batchesAhead);
    this.reader = Thread.ofPlatform().name(name).daemon().unstarted(this::read);
  }

  /** Starts reading {@code source} ahead on a thread named {@code name}. */
  public static <T> ReadAhead<T> start(Source<T> source, String name) {
    return start(source, BATCH, BATCHES_AHEAD, name);
  }

  static <T> ReadAhead<T> start(Source<T> source, int batchSize, int batchesAhead, String name) {
    ReadAhead<T> r = new ReadAhead<>(source, batchSize, batchesAhead, name);
    r.reader.start();
    return r;
  }

  /**
   * The source's next record; empty at its end. Throws what reading it threw (an {@link
   * IOException} or unchecked exception as it was; a checked one of another kind wrapped).
   */
  public Optional<T> next() throws IOException {
    while (!ended) {
      if (current != null && at < current.records().size()) {
        return Optional.of(current.records().get(at++));
      }
      if (current != null && (current.end() || current.failure() != null)) {
        ended = true;
        if (current.failure() != null) {
          throw rethrown(current.failure());
        }
        break;
      }
      try {
        current = queue.take();
        at = 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading ahead", e);
      }
    }
    return Optional.empty();
  }

  private static IOException rethrown(Throwable error) {
    if (error instanceof IOException io) {
      return io;
    }
    if (error instanceof RuntimeException r) {
      throw r;
    }
    if (error instanceof Error e) {
      throw e;
    }
    return new IOException(error);
  }

  private void read() {
    List<T> records = new ArrayList<>(batchSize);
    try {
      for (Optional<T> next = source.next(); next.isPresent(); next = source.next()) {
        records.add(next.get());
        if (records.size() == batchSize) {
          if (!hand(new Batch<>(records, false, null))) {
            return;
          }
          records = new ArrayList<>(batchSize);
        }
      }
      hand(new Batch<>(records, true, null));
    } catch (IOException | RuntimeException | Error e) {
      hand(new Batch<>(records, false, e));
    }
  }

  /** Queues {@code batch}, waiting for room; false once the taker has closed this. */
  private boolean hand(Batch<T> batch) {
    try {
      while (!closed) {
        if (queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
          return !closed; // room a closing taker made by clearing the queue: read no further
        }
      }
      return false;
    } catch (InterruptedException e) {
      return false; // only close stops the reader: nothing reads what it would hand on
    }
  }

  /**
   * Stops reading and waits for the reader thread to end; the source is the caller's to close after
   * this (it is no longer read then).
   */
  @Override
  public void close() {
    closed = true;
    queue.clear();
    boolean interrupted = false;
    while (true) {
      try {
        reader.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    queue.clear();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
