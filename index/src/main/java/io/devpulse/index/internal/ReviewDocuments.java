package io.devpulse.index.internal;

import static io.devpulse.index.internal.IndexFields.*;

import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * Maps a {@link Review} to a document and back: the pull request's number, author (type, bot flag),
 * state and submission time (absent while pending) are indexed.
 */
public final class ReviewDocuments {
  /** The stored fields {@link #toReview} reads. */
  public static final Set<String> STORED_FIELDS =
      Set.of(
          REPO_NAME,
          ID,
          NUMBER,
          AUTHOR,
          AUTHOR_TYPE,
          REVIEW_STATE,
          SUBMITTED_AT,
          REVIEW_BODY,
          ASSOCIATION);

  private ReviewDocuments() {}

  public static Document toDocument(Review review, String json) {
    Document doc = new Document();
    addIdentity(doc, TYPE_REVIEW, review.key(), review.repository());
    doc.add(new StoredField(ID, review.id()));
    addInt(doc, NUMBER, review.pullNumber());
    CommentDocuments.addAuthor(doc, review.author());
    addKeyword(doc, REVIEW_STATE, review.state().name());
    addTime(doc, SUBMITTED_AT, review.submittedAt());
    addTime(doc, UPDATED_AT, review.updatedAt());
    doc.add(new StoredField(REVIEW_BODY, review.body()));
    doc.add(new StoredField(ASSOCIATION, review.authorAssociation()));
    doc.add(new StoredField(JSON, json));
    return doc;
  }

  /** Rebuilds the review from a document loaded with (at least) {@link #STORED_FIELDS}. */
  public static Review toReview(Document doc) {
    return new Review(
        Repository.parse(doc.get(REPO_NAME)),
        doc.getField(ID).numericValue().longValue(),
        storedInt(doc, NUMBER),
        CommentDocuments.author(doc),
        ReviewState.valueOf(doc.get(REVIEW_STATE)),
        storedTime(doc, SUBMITTED_AT),
        doc.get(REVIEW_BODY),
        doc.get(ASSOCIATION));
  }
}
