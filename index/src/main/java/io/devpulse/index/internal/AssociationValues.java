package io.devpulse.index.internal;

import io.devpulse.model.Association;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;

/**
 * The {@code author_association} of one segment's items or comments, read in increasing document
 * order: from {@link IndexFields#ASSOCIATION_KEY}'s doc values, or, for a document an earlier
 * devpulse wrote without them, from its stored field (slower, but the same answer).
 */
final class AssociationValues {
  private static final Set<String> STORED = Set.of(IndexFields.ASSOCIATION);

  private final LeafReader leaf;
  private final SortedDocValues values;
  private final String[] ofOrd;
  private StoredFields stored;

  AssociationValues(LeafReader leaf) throws IOException {
    this.leaf = leaf;
    this.values = DocValues.getSorted(leaf, IndexFields.ASSOCIATION_KEY);
    this.ofOrd = new String[values.getValueCount()];
  }

  /** Document {@code doc}'s association as written ({@link Association#NONE} when it has none). */
  String of(int doc) throws IOException {
    if (values.advanceExact(doc)) {
      int ord = values.ordValue();
      if (ofOrd[ord] == null) {
        ofOrd[ord] = values.lookupOrd(ord).utf8ToString();
      }
      return ofOrd[ord];
    }
    if (stored == null) {
      stored = leaf.storedFields();
    }
    String association = stored.document(doc, STORED).get(IndexFields.ASSOCIATION);
    return association != null ? association : Association.NONE;
  }
}
