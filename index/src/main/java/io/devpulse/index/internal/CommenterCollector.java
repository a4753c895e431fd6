package io.devpulse.index.internal;

import io.devpulse.model.Actor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The authors of the matching comment documents whose {@code author_association} is one of a set,
 * per item number, from doc values ({@link AssociationValues}: stored fields only for comments an
 * earlier devpulse wrote): one {@link Actor} per author and segment, shared by its comments ({@link
 * SegmentAuthors}).
 */
public final class CommenterCollector implements Collector {
  private final Set<String> associations;
  private final Map<Integer, List<Actor>> byItem = new HashMap<>();

  /** Whether an association as written is one of {@link #associations}: a few values, each once. */
  private final Map<String, Boolean> accepted = new HashMap<>();

  private CommenterCollector(Set<String> associations) {
    this.associations = associations;
  }

  /**
   * Item number → the authors of the comments {@code query} matches whose association is one of
   * {@code associations} (any case), in no set order.
   */
  public static Map<Integer, List<Actor>> commenters(
      IndexSearcher searcher, Query query, Set<String> associations) throws IOException {
    Set<String> upper =
        associations.stream().map(a -> a.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    return searcher.search(
            query,
            new CollectorManager<CommenterCollector, CommenterCollector>() {
              @Override
              public CommenterCollector newCollector() {
                return new CommenterCollector(upper);
              }

              @Override
              public CommenterCollector reduce(Collection<CommenterCollector> collectors) {
                if (collectors.size() == 1) {
                  return collectors.iterator().next(); // a sequential search: nothing to merge
                }
                CommenterCollector all = new CommenterCollector(upper);
                for (CommenterCollector c : collectors) {
                  c.byItem.forEach(
                      (item, actors) ->
                          all.byItem.computeIfAbsent(item, k -> new ArrayList<>()).addAll(actors));
                }
                return all;
              }
            })
        .byItem;
  }

  private boolean accepted(String association) {
    return accepted.computeIfAbsent(
        association, a -> associations.contains(a.toUpperCase(Locale.ROOT)));
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    AssociationValues ofDoc = new AssociationValues(context.reader());
    SegmentAuthors authors = new SegmentAuthors(context.reader());
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        if (accepted(ofDoc.of(doc))) {
          authors.add(doc);
        }
      }

      @Override
      public void finish() throws IOException {
        authors.addTo(byItem);
      }
    };
  }
}
