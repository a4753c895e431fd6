package io.devpulse.index.internal;

import io.devpulse.model.Actor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The authors of the matching review documents per pull request number, from doc values only (no
 * stored review is read): one {@link Actor} per author and segment, shared by its reviews ({@link
 * SegmentAuthors}).
 */
public final class ReviewerCollector implements Collector {
  private final Map<Integer, List<Actor>> byPull = new HashMap<>();

  private ReviewerCollector() {}

  /** Pull request number → the authors of the reviews {@code query} matches, in no set order. */
  public static Map<Integer, List<Actor>> reviewers(IndexSearcher searcher, Query query)
      throws IOException {
    return searcher.search(
            query,
            new CollectorManager<ReviewerCollector, ReviewerCollector>() {
              @Override
              public ReviewerCollector newCollector() {
                return new ReviewerCollector();
              }

              @Override
              public ReviewerCollector reduce(Collection<ReviewerCollector> collectors) {
                if (collectors.size() == 1) {
                  return collectors.iterator().next(); // a sequential search: nothing to merge
                }
                ReviewerCollector all = new ReviewerCollector();
                for (ReviewerCollector c : collectors) {
                  c.byPull.forEach(
                      (pull, actors) ->
                          all.byPull.computeIfAbsent(pull, k -> new ArrayList<>()).addAll(actors));
                }
                return all;
              }
            })
        .byPull;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SegmentAuthors authors = new SegmentAuthors(context.reader());
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        authors.add(doc);
      }

      @Override
      public void finish() throws IOException {
        authors.addTo(byPull);
      }
    };
  }
}
