package io.devpulse.app;

import io.devpulse.classify.ClassificationPass;
import io.devpulse.classify.Engine;
import io.devpulse.classify.Pack;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemColumns;
import io.devpulse.index.ItemQuery;
import io.devpulse.index.SearchOptions;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Priority;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a rule pack would change on the index against the classification stored now, storing
 * nothing: the items each topic and each priority would gain and lose, with examples and the
 * evidence of the rule that makes the difference (the new rules' evidence for what is gained, the
 * stored evidence for what is lost). The pack classifies the whole index as a reclassification
 * would (creation order, history of the earlier items as this pack classifies them), so the diff is
 * exactly what applying the pack stores.
 */
public final class DiffRules {
  private final Devpulse app;

  public DiffRules(Devpulse app) {
    this.app = app;
  }

  /**
   * @param examples how many items to show per topic or priority and direction
   */
  public record Request(Path indexDir, Pack pack, int examples) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
      if (examples < 0) {
        throw new IllegalArgumentException("examples (" + examples + ") must not be negative");
      }
    }
  }

  /** One item that gains or loses a topic or a priority, and why. */
  public record Example(String repository, int number, String title, List<Evidence> evidence) {}

  /**
   * How one topic or priority level changes.
   *
   * @param name the topic, or the priority's key
   * @param before items with it now
   * @param after items with it under the new pack
   * @param gained how many items gain it
   * @param lost how many items lose it
   */
  public record Delta(
      String name,
      long before,
      long after,
      long gained,
      long lost,
      List<Example> gainedExamples,
      List<Example> lostExamples) {}

  /**
   * @param items items in the index
   * @param classified items the new pack's rules ran on
   * @param changed items whose topics, priority or evidence change
   * @param topics per topic with a change, by name
   * @param priorities per priority level with a change, most urgent first
   * @param evidenceOnly items whose topics and priority stay but whose evidence changes (examples,
   *     with the evidence the new pack adds)
   * @param evidenceOnlyCount how many such items
   */
  public record Result(
      String packOrigin,
      String fingerprint,
      long items,
      long classified,
      long changed,
      List<Delta> topics,
      List<Delta> priorities,
      List<Example> evidenceOnly,
      long evidenceOnlyCount) {
    public boolean nothingChanges() {
      return changed == 0;
    }
  }

  private static final class Tally {
    long before;
    long after;
    long gained;
    long lost;
    final List<Example> gainedExamples = new ArrayList<>();
    final List<Example> lostExamples = new ArrayList<>();

    /**
     * Counts a gain, keeping its example (made only when needed) while fewer than {@code n} are
     * kept.
     */
    void gain(int n, Supplier<Example> example) {
      gained++;
      if (gainedExamples.size() < n) {
        gainedExamples.add(example.get());
      }
    }

    /** Counts a loss, as {@link #gain}. */
    void lose(int n, Supplier<Example> example) {
      lost++;
      if (lostExamples.size() < n) {
        lostExamples.add(example.get());
      }
    }
  }

  public Result run(Request request) {
    Engine engine = app.rules().engine(request.pack());
    try (HistoryIndex index = HistoryIndex.open(request.indexDir())) {
      ClassificationPass.Result pass = engine.preview(index);
      ItemColumns summaries = index.itemColumns();
      Map<String, Tally> topics = new TreeMap<>();
      Map<Priority, Tally> priorities = new TreeMap<>(Comparator.reverseOrder());
      for (int i = 0; i < summaries.size(); i++) {
        for (String t : summaries.topics(i)) {
          topics.computeIfAbsent(t, k -> new Tally()).before++;
        }
      }
      List<ClassificationPass.Change> changes = new ArrayList<>(pass.changes());
      changes.sort(
          Comparator.comparing((ClassificationPass.Change c) -> c.summary().repository())
              .thenComparingInt(c -> c.summary().number()));
      HistoryIndex.ItemLoader loader = index.loader();
      List<Example> evidenceOnly = new ArrayList<>();
      long evidenceOnlyCount = 0;
      int n = request.examples();
      for (ClassificationPass.Change change : changes) {
        Classification before = change.before();
        Classification after = change.after();
        Set<String> was = before == null ? Set.of() : new TreeSet<>(before.topics());
        Set<String> is = new TreeSet<>(after.topics());
        IndexedItem[] item = {null};
        Supplier<IndexedItem> load =
            () -> item[0] != null ? item[0] : (item[0] = loader.item(change.summary()));
        for (String t : is) {
          if (!was.contains(t)) {
            topics
                .computeIfAbsent(t, k -> new Tally())
                .gain(n, () -> example(load.get(), after.evidenceFor(t)));
          }
        }
        for (String t : was) {
          if (!is.contains(t)) {
            topics
                .computeIfAbsent(t, k -> new Tally())
                .lose(n, () -> example(load.get(), before.evidenceFor(t)));
          }
        }
        Priority p0 = before == null ? null : before.priority();
        Priority p1 = after.priority();
        if (p0 != p1) {
          priorities
              .computeIfAbsent(p1, k -> new Tally())
              .gain(n, () -> example(load.get(), reasons(after, p1)));
          if (p0 != null) {
            priorities
                .computeIfAbsent(p0, k -> new Tally())
                .lose(n, () -> example(load.get(), reasons(before, p0)));
          }
        }
        if (was.equals(is) && p0 == p1) {
          evidenceOnlyCount++;
          if (evidenceOnly.size() < n) {
            List<Evidence> added = new ArrayList<>(after.evidence());
            added.removeAll(before == null ? List.of() : before.evidence());
            evidenceOnly.add(example(load.get(), added));
          }
        }
      }
      List<Delta> topicDeltas = new ArrayList<>();
      topics.forEach(
          (t, tally) -> {
            if (tally.gained + tally.lost > 0) {
              topicDeltas.add(delta(t, tally, tally.before));
            }
          });
      List<Delta> priorityDeltas = new ArrayList<>();
      priorities.forEach(
          (p, tally) ->
              priorityDeltas.add(
                  delta(
                      p.key(),
                      tally,
                      index
                          .search(ItemQuery.priority(p), SearchOptions.byRelevance(1))
                          .totalHits())));
      return new Result(
          request.pack().origin(),
          engine.fingerprint(),
          summaries.size(),
          pass.classified(),
          changes.size(),
          topicDeltas,
          priorityDeltas,
          evidenceOnly,
          evidenceOnlyCount);
    }
  }

  private static Delta delta(String name, Tally t, long before) {
    return new Delta(
        name,
        before,
        before + t.gained - t.lost,
        t.gained,
        t.lost,
        List.copyOf(t.gainedExamples),
        List.copyOf(t.lostExamples));
  }

  private static List<Evidence> reasons(Classification c, Priority level) {
    return c.evidence().stream()
        .filter(e -> e.kind() == Evidence.Kind.PRIORITY && e.label().equals(level.key()))
        .toList();
  }

  private static Example example(IndexedItem item, List<Evidence> evidence) {
    return new Example(
        item.item().repository().fullName(),
        item.item().number(),
        item.item().title(),
        List.copyOf(evidence));
  }
}
