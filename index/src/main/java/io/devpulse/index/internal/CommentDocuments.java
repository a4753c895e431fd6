package io.devpulse.index.internal;

import static io.devpulse.index.internal.IndexFields.*;

import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.Comment;
import io.devpulse.model.DuplicateMark;
import io.devpulse.model.Repository;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * Maps a {@link Comment} to a document and back. Comments are counted per item and per time window,
 * human or bot, so the item number, author, author type, bot flag and creation time are indexed; so
 * is the item a comment marks its item a duplicate of, for {@code HistoryIndex#duplicateLinks}.
 */
public final class CommentDocuments {
  /** The stored fields {@link #toComment} reads. */
  public static final Set<String> STORED_FIELDS =
      Set.of(
          REPO_NAME,
          ID,
          NUMBER,
          AUTHOR,
          AUTHOR_TYPE,
          CREATED_AT,
          UPDATED_AT,
          COMMENT_BODY,
          ASSOCIATION);

  private CommentDocuments() {}

  public static Document toDocument(Comment comment, String json) {
    Document doc = new Document();
    addIdentity(doc, TYPE_COMMENT, comment.key(), comment.repository());
    doc.add(new StoredField(ID, comment.id()));
    addInt(doc, NUMBER, comment.itemNumber());
    addAuthor(doc, comment.author());
    addTime(doc, CREATED_AT, comment.createdAt());
    addTime(doc, UPDATED_AT, comment.updatedAt());
    doc.add(new StoredField(COMMENT_BODY, comment.body()));
    doc.add(new StoredField(ASSOCIATION, comment.authorAssociation()));
    addAssociation(doc, comment.authorAssociation());
    DuplicateMark.of(comment).ifPresent(target -> addInt(doc, DUPLICATE_OF, target));
    doc.add(new StoredField(JSON, json));
    return doc;
  }

  /** Author login, type and bot flag, the same way for comments and reviews. */
  static void addAuthor(Document doc, Actor author) {
    addKeyword(doc, AUTHOR, author.login());
    addKeyword(doc, AUTHOR_TYPE, author.type().name());
    addFlag(doc, BOT, author.isBot());
  }

  static Actor author(Document doc) {
    return new Actor(doc.get(AUTHOR), ActorType.valueOf(doc.get(AUTHOR_TYPE)));
  }

  /** Rebuilds the comment from a document loaded with (at least) {@link #STORED_FIELDS}. */
  public static Comment toComment(Document doc) {
    return new Comment(
        Repository.parse(doc.get(REPO_NAME)),
        doc.getField(ID).numericValue().longValue(),
        storedInt(doc, NUMBER),
        author(doc),
        storedTime(doc, CREATED_AT),
        storedTime(doc, UPDATED_AT),
        doc.get(COMMENT_BODY),
        // Null in documents an earlier devpulse wrote: no association, until a sync or import puts
        // the comment again.
        doc.get(ASSOCIATION));
  }
}
