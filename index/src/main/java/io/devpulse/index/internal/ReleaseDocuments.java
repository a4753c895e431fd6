package io.devpulse.index.internal;

import static io.devpulse.index.internal.IndexFields.*;

import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * Maps a {@link Release} to a document and back. Releases are few and read per repository, ordered
 * by publication time, so the tag, draft flag and times are indexed and the rest is stored.
 */
public final class ReleaseDocuments {
  /** The stored fields {@link #toRelease} reads. */
  public static final Set<String> STORED_FIELDS =
      Set.of(
          REPO_NAME,
          ID,
          TAG,
          RELEASE_NAME,
          RELEASE_BODY,
          AUTHOR,
          AUTHOR_TYPE,
          DRAFT,
          PRERELEASE,
          CREATED_AT,
          PUBLISHED_AT,
          HTML_URL);

  private ReleaseDocuments() {}

  public static Document toDocument(Release release, String json) {
    Document doc = new Document();
    addIdentity(doc, TYPE_RELEASE, release.key(), release.repository());
    doc.add(new StoredField(ID, release.id()));
    addKeyword(doc, TAG, release.tag());
    doc.add(new StoredField(RELEASE_NAME, release.name()));
    doc.add(new StoredField(RELEASE_BODY, release.body()));
    CommentDocuments.addAuthor(doc, release.author());
    addFlag(doc, DRAFT, release.draft());
    addFlag(doc, PRERELEASE, release.prerelease());
    addTime(doc, CREATED_AT, release.createdAt());
    addTime(doc, PUBLISHED_AT, release.publishedAtOrNull());
    addTime(doc, UPDATED_AT, release.updatedAt());
    doc.add(new StoredField(HTML_URL, release.htmlUrl()));
    doc.add(new StoredField(JSON, json));
    return doc;
  }

  /** Rebuilds the release from a document loaded with (at least) {@link #STORED_FIELDS}. */
  public static Release toRelease(Document doc) {
    return new Release(
        Repository.parse(doc.get(REPO_NAME)),
        doc.getField(ID).numericValue().longValue(),
        doc.get(TAG),
        doc.get(RELEASE_NAME),
        doc.get(RELEASE_BODY),
        CommentDocuments.author(doc),
        Boolean.parseBoolean(doc.get(DRAFT)),
        Boolean.parseBoolean(doc.get(PRERELEASE)),
        storedTime(doc, CREATED_AT),
        storedTime(doc, PUBLISHED_AT),
        doc.get(HTML_URL));
  }
}
