package io.devpulse.index.internal;

import static io.devpulse.index.internal.IndexFields.*;

import io.devpulse.index.IndexedItem;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Classification;
import io.devpulse.model.DuplicateMark;
import io.devpulse.model.Evidence;
import io.devpulse.model.Finding;
import io.devpulse.model.Item;
import io.devpulse.model.ItemKind;
import io.devpulse.model.ItemState;
import io.devpulse.model.Priority;
import io.devpulse.model.Reactions;
import io.devpulse.model.Repository;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** Maps an {@link Item} (with its JSON and classification) to a Lucene document and back. */
public final class ItemDocuments {
  /** The stored fields {@link #toIndexedItem} reads: everything but the JSON. */
  public static final Set<String> STORED_FIELDS =
      Set.of(
          REPO_NAME,
          NUMBER,
          KIND,
          STATE,
          DRAFT,
          TITLE,
          BODY,
          AUTHOR,
          AUTHOR_TYPE,
          LABEL,
          CREATED_AT,
          UPDATED_AT,
          CLOSED_AT,
          MERGED_AT,
          COMMENTS,
          ASSOCIATION,
          HTML_URL,
          CHANGED_FILES,
          REACTIONS,
          PLUS_ONE_REACTIONS,
          TOPIC,
          INFERRED_TOPIC,
          PRIORITY,
          PRIMARY,
          FINDING_DATA,
          EVIDENCE,
          FINGERPRINT);

  private ItemDocuments() {}

  /** The document for {@code item}; {@code classification} and {@code termHits} may be null. */
  public static Document toDocument(
      Item item, String json, Classification classification, byte[] termHits) {
    Document doc = new Document();
    addIdentity(doc, TYPE_ITEM, item.key(), item.repository());
    addInt(doc, NUMBER, item.number());
    addKeyword(doc, KIND, item.kind().key());
    addKeyword(doc, STATE, item.state().key());
    addFlag(doc, MERGED, item.isMerged());
    addFlag(doc, DRAFT, item.draft());
    doc.add(new TextField(TITLE, item.title(), Field.Store.YES));
    doc.add(new TextField(BODY, item.body(), Field.Store.YES));
    for (String label : item.labels()) {
      addMultiKeyword(doc, LABEL, label);
    }
    addKeyword(doc, AUTHOR, item.author().login());
    addKeyword(doc, AUTHOR_TYPE, item.author().type().name());
    addFlag(doc, BOT, item.author().isBot());
    addTime(doc, CREATED_AT, item.createdAt());
    addTime(doc, UPDATED_AT, item.updatedAt());
    addTime(doc, CLOSED_AT, item.closedAt());
    addTime(doc, MERGED_AT, item.mergedAt());
    addInt(doc, COMMENTS, item.commentCount());
    DuplicateMark.of(item).ifPresent(target -> addInt(doc, DUPLICATE_OF, target));
    doc.add(new StoredField(ASSOCIATION, item.authorAssociation()));
    addAssociation(doc, item.authorAssociation());
    doc.add(new StoredField(HTML_URL, item.htmlUrl()));
    for (String file : item.changedFiles()) {
      doc.add(new StoredField(CHANGED_FILES, file));
    }
    if (item.reactions() != null) {
      doc.add(new StoredField(REACTIONS, item.reactions().total()));
      doc.add(new StoredField(PLUS_ONE_REACTIONS, item.reactions().plusOne()));
    }
    if (classification != null) {
      addClassification(doc, classification);
    }
    if (termHits != null) {
      doc.add(new BinaryDocValuesField(TERM_HITS, new BytesRef(termHits)));
    }
    doc.add(new StoredField(JSON, json));
    return doc;
  }

  private static void addClassification(Document doc, Classification c) {
    for (String topic : c.topics()) {
      addMultiKeyword(doc, TOPIC, topic);
    }
    for (String topic : c.inferred()) {
      addMultiKeyword(doc, INFERRED_TOPIC, topic);
    }
    doc.add(new StringField(PRIORITY, c.priority().key(), Field.Store.YES));
    if (!c.primary().isEmpty()) {
      addKeyword(doc, PRIMARY, c.primary());
    }
    for (Finding f : c.findings()) {
      addMultiKeyword(doc, FINDING, f.kind());
      doc.add(new StoredField(FINDING_DATA, f.encode()));
    }
    for (Evidence evidence : c.evidence()) {
      doc.add(new StoredField(EVIDENCE, evidence.encode()));
    }
    doc.add(new BinaryDocValuesField(RULES, new BytesRef(c.fingerprint())));
  }

  /**
   * Rebuilds the item from a document loaded with (at least) {@link #STORED_FIELDS}; {@code
   * fingerprint} is its {@link IndexFields#RULES} doc value (null when it has none: an index
   * written before it existed keeps the fingerprint in a stored field).
   */
  public static IndexedItem toIndexedItem(Document doc, String fingerprint) {
    Repository repository = Repository.parse(doc.get(REPO_NAME));
    Item item =
        Item.builder(repository, storedInt(doc, NUMBER), ItemKind.parse(doc.get(KIND)))
            .state(ItemState.parse(doc.get(STATE)))
            .draft(Boolean.parseBoolean(doc.get(DRAFT)))
            .title(doc.get(TITLE))
            .body(doc.get(BODY))
            .author(new Actor(doc.get(AUTHOR), ActorType.valueOf(doc.get(AUTHOR_TYPE))))
            .labels(List.of(doc.getValues(LABEL)))
            .createdAt(storedTime(doc, CREATED_AT))
            .updatedAt(storedTime(doc, UPDATED_AT))
            .closedAt(storedTime(doc, CLOSED_AT))
            .mergedAt(storedTime(doc, MERGED_AT))
            .commentCount(storedInt(doc, COMMENTS))
            .authorAssociation(doc.get(ASSOCIATION))
            .htmlUrl(doc.get(HTML_URL))
            .changedFiles(List.of(doc.getValues(CHANGED_FILES)))
            .reactions(reactions(doc))
            .build();
    return new IndexedItem(item, classification(doc, fingerprint));
  }

  /** The stored reaction counts; null for an item stored without them (not fetched). */
  private static Reactions reactions(Document doc) {
    if (doc.getField(REACTIONS) == null) {
      return null;
    }
    return new Reactions(
        doc.getField(REACTIONS).numericValue().intValue(),
        doc.getField(PLUS_ONE_REACTIONS).numericValue().intValue());
  }

  private static Classification classification(Document doc, String fingerprintOrNull) {
    String fingerprint = fingerprintOrNull != null ? fingerprintOrNull : doc.get(FINGERPRINT);
    if (fingerprint == null || doc.get(PRIORITY) == null) {
      return null;
    }
    List<Evidence> evidence = Stream.of(doc.getValues(EVIDENCE)).map(Evidence::decode).toList();
    return new Classification(
        List.of(doc.getValues(TOPIC)),
        Priority.parse(doc.get(PRIORITY)),
        evidence,
        fingerprint,
        List.of(doc.getValues(INFERRED_TOPIC)),
        // absent in indexes written before primary topics and findings: none (their fingerprint is
        // stale, so the next classify recomputes them)
        doc.get(PRIMARY) == null ? "" : doc.get(PRIMARY),
        Stream.of(doc.getValues(FINDING_DATA)).map(Finding::decode).toList());
  }
}
