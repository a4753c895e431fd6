package io.devpulse.index.internal;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;

/**
 * The authors of one segment's matching comments or reviews, per item number, from doc values: a
 * collector notes each document as it comes ({@link #add}), and once the segment is collected the
 * logins are looked up, each once and in ascending order ({@link OrdinalNames}), into one {@link
 * Actor} per login and type, shared by its documents ({@link #addTo}).
 */
final class SegmentAuthors {
  private final NumericDocValues numbers;
  private final SortedDocValues logins;
  private final SortedDocValues types;
  private final OrdinalNames names = new OrdinalNames();

  /** Per document noted: its item number, login ordinal and type ordinal. */
  private int[] rows = new int[3 * 64];

  private int size;

  SegmentAuthors(LeafReader leaf) throws IOException {
    this.numbers = DocValues.getNumeric(leaf, IndexFields.NUMBER);
    this.logins = DocValues.getSorted(leaf, IndexFields.AUTHOR);
    this.types = DocValues.getSorted(leaf, IndexFields.AUTHOR_TYPE);
  }

  /** Notes document {@code doc} (documents in increasing order); one without an author is left. */
  void add(int doc) throws IOException {
    if (!numbers.advanceExact(doc) || !logins.advanceExact(doc) || !types.advanceExact(doc)) {
      return;
    }
    if (size + 3 > rows.length) {
      rows = Arrays.copyOf(rows, rows.length * 2);
    }
    int ord = logins.ordValue();
    names.add(ord);
    rows[size++] = (int) numbers.longValue();
    rows[size++] = ord;
    rows[size++] = types.ordValue();
  }

  /** Adds the authors of the documents noted to {@code byNumber}, one entry per document. */
  void addTo(Map<Integer, List<Actor>> byNumber) throws IOException {
    OrdinalNames.Names found = names.lookUp(logins);
    Actor[] actors = new Actor[found.size()];
    ActorType[] typeOfOrd = new ActorType[types.getValueCount()];
    for (int i = 0; i < size; i += 3) {
      int typeOrd = rows[i + 2];
      if (typeOfOrd[typeOrd] == null) {
        typeOfOrd[typeOrd] = ActorType.valueOf(types.lookupOrd(typeOrd).utf8ToString());
      }
      ActorType type = typeOfOrd[typeOrd];
      int at = found.indexOf(rows[i + 1]);
      Actor actor = actors[at];
      if (actor == null || actor.type() != type) {
        actor = new Actor(found.nameAt(at), type);
        actors[at] = actor;
      }
      byNumber.computeIfAbsent(rows[i], k -> new ArrayList<>()).add(actor);
    }
  }
}
