package io.devpulse.index.internal;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The authors of the matching review documents per pull request number, from doc values only (no
 * stored review is read): one {@link Actor} per author ordinal and segment, shared by its reviews.
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
    NumericDocValues numbers = DocValues.getNumeric(context.reader(), IndexFields.NUMBER);
    SortedDocValues logins = DocValues.getSorted(context.reader(), IndexFields.AUTHOR);
    SortedDocValues types = DocValues.getSorted(context.reader(), IndexFields.AUTHOR_TYPE);
    ActorType[] typeOfOrd = new ActorType[types.getValueCount()];
    // The logins are looked up once the segment is collected (OrdinalNames).
    List<int[]> rows = new ArrayList<>(); // number, login ordinal, type ordinal
    OrdinalNames names = new OrdinalNames();
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        if (!numbers.advanceExact(doc) || !logins.advanceExact(doc) || !types.advanceExact(doc)) {
          return;
        }
        int ord = logins.ordValue();
        names.add(ord);
        rows.add(new int[] {(int) numbers.longValue(), ord, types.ordValue()});
      }

      @Override
      public void finish() throws IOException {
        OrdinalNames.Names found = names.lookUp(logins);
        Actor[] actors = new Actor[found.size()]; // one per login and segment, shared
        for (int[] row : rows) {
          int typeOrd = row[2];
          if (typeOfOrd[typeOrd] == null) {
            typeOfOrd[typeOrd] = ActorType.valueOf(types.lookupOrd(typeOrd).utf8ToString());
          }
          ActorType type = typeOfOrd[typeOrd];
          int at = found.indexOf(row[1]);
          Actor actor = actors[at];
          if (actor == null || actor.type() != type) {
            actor = new Actor(found.of(row[1]), type);
            actors[at] = actor;
          }
          byPull.computeIfAbsent(row[0], k -> new ArrayList<>()).add(actor);
        }
      }
    };
  }
}
