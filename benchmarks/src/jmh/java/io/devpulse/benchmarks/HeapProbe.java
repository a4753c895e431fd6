package io.devpulse.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of one {@code devpulse import} of the corpus (items and comments) into a fresh index;
 * meant to run in its own JVM with {@code -Xmx256m}. Prints {@code key=value} lines: the exit code,
 * wall time, the most heap in use right after any GC (the live set: what -Xmx must hold), the most
 * in use right before any GC (garbage included), and the max heap.
 *
 * <p>{@code HeapProbe OUT_FILE INDEX_DIR FILE...}
 */
public final class HeapProbe {
  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    Path outFile = Path.of(args[0]);
    Path index = Path.of(args[1]);
    List<String> files = List.of(args).subList(2, args.length);
    AtomicLong maxAfter = new AtomicLong();
    AtomicLong maxBefore = new AtomicLong();
    AtomicLong gcs = new AtomicLong();
    java.util.Set<String> heapPools = new java.util.HashSet<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heapPools.add(p.getName());
      }
    }
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (n, h) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                    n.getType())) {
                  return;
                }
                var info =
                    GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData())
                        .getGcInfo();
                maxAfter.accumulateAndGet(heap(info.getMemoryUsageAfterGc(), heapPools), Math::max);
                maxBefore.accumulateAndGet(
                    heap(info.getMemoryUsageBeforeGc(), heapPools), Math::max);
                gcs.incrementAndGet();
              },
              null,
              null);
    }
    long t0 = System.nanoTime();
    int rc = 0;
    try {
      Bench.importFiles(index, Bench.BUILT_IN, files.stream().map(Path::of).toArray(Path[]::new));
    } catch (RuntimeException e) {
      e.printStackTrace();
      rc = 1;
    }
    long elapsed = System.nanoTime() - t0;
    System.gc();
    Thread.sleep(500); // let the last notifications arrive
    long poolPeaks = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        poolPeaks += p.getPeakUsage().getUsed();
      }
    }
    String out =
        "exit="
            + rc
            + "\n"
            + "seconds="
            + String.format("%.2f", elapsed / 1e9)
            + "\n"
            + "maxHeapMB="
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + "\n"
            + "liveAfterGcMB="
            + maxAfter.get() / (1 << 20)
            + "\n"
            + "usedBeforeGcMB="
            + maxBefore.get() / (1 << 20)
            + "\n"
            + "poolPeaksMB="
            + poolPeaks / (1 << 20)
            + "\n"
            + "gcs="
            + gcs.get()
            + "\n";
    System.out.print(out);
    Files.writeString(outFile, out, StandardCharsets.UTF_8);
    System.exit(rc);
  }

  private static long heap(
      java.util.Map<String, MemoryUsage> pools, java.util.Set<String> heapPools) {
    long sum = 0;
    for (var e : pools.entrySet()) {
      if (heapPools.contains(e.getKey())) {
        sum += e.getValue().getUsed();
      }
    }
    return sum;
  }
}
