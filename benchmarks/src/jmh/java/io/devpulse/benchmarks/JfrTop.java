package io.devpulse.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU samples of a JFR recording went ({@code jdk.ExecutionSample}): the top methods by
 * self samples, and by inclusive samples (a method counted once per stack it is on) among methods
 * whose class starts with one of the given prefixes — e.g. {@code io.devpulse.} to see which
 * devpulse method a share of time is under.
 *
 * <p>{@code JfrTop FILE.jfr [TOP] [PREFIX...]}
 */
public final class JfrTop {
  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    List<String> prefixes =
        args.length > 2 ? List.of(args).subList(2, args.length) : List.of("io.devpulse.");
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      total++;
      List<RecordedFrame> frames = st.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (prefixes.stream().anyMatch(n::startsWith) && seen.add(n)) {
          inclusive.merge(n, 1, Integer::sum);
        }
      }
    }
    System.out.printf(
        "%s: %d execution samples%n%nself (top %d):%n", file.getFileName(), total, top);
    print(self, total, top);
    System.out.printf("%ninclusive, methods of %s (top %d):%n", prefixes, top);
    print(inclusive, total, top);
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  private static void print(Map<String, Integer> counts, int total, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            en ->
                System.out.printf(
                    "  %5.1f%%  %6d  %s%n",
                    100.0 * en.getValue() / total, en.getValue(), en.getKey()));
  }
}
