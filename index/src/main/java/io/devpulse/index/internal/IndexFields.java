package io.devpulse.index.internal;

import io.devpulse.index.DateField;
import io.devpulse.model.Repository;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * The index's field names and the one way each kind of field is written. Lucene requires a field
 * name to have the same schema in every document, so items, comments and reviews share these
 * helpers.
 *
 * <p>Keyword fields are indexed in lower case (queries match case-insensitively) and kept as
 * written in stored fields and doc values (what reports show). Times are epoch milliseconds in a
 * {@link LongPoint} (ranges) and a {@link NumericDocValuesField} (sorting, counting), and the exact
 * {@link Instant} as a stored string (round trips).
 */
public final class IndexFields {
  /** item, comment or review. */
  public static final String DOC_TYPE = "doctype";

  public static final String TYPE_ITEM = "item";
  public static final String TYPE_COMMENT = "comment";
  public static final String TYPE_REVIEW = "review";

  /** A release of a repository ({@link ReleaseDocuments}). */
  public static final String TYPE_RELEASE = "release";

  /** The rules' bot-or-human verdict on one account ({@link AccountDocuments}). */
  public static final String TYPE_ACCOUNT = "account";

  /** {@code Entity.key()}: the term every update replaces by. */
  public static final String KEY = "key";

  /** The repository's lower-case key (indexed, doc values). */
  public static final String REPO = "repo";

  /** The repository as written (stored). */
  public static final String REPO_NAME = "repo_name";

  /** The item's number; for comments and reviews the number of the item they belong to. */
  public static final String NUMBER = "number";

  public static final String KIND = "kind";
  public static final String STATE = "state";
  public static final String MERGED = "merged";
  public static final String DRAFT = "draft";
  public static final String TITLE = "title";
  public static final String BODY = "body";

  /** Title and body together: the default field of queries. */
  public static final String TEXT = "text";

  public static final String LABEL = "label";
  public static final String AUTHOR = "author";
  public static final String AUTHOR_TYPE = "author_type";
  public static final String BOT = "bot";
  public static final String ASSOCIATION = "author_association";

  /**
   * An item's or comment's {@link #ASSOCIATION} again, as written, as an indexed term and in sorted
   * doc values ({@link #addAssociation}): so that "did a maintainer answer?" is decided without
   * loading stored fields. A field of its own because Lucene keeps a field's schema for the life of
   * the index, and indexes written before it existed store the association only; those lack it
   * ({@code HistoryIndex#holdsAssociations}) and are read from the stored field instead.
   */
  public static final String ASSOCIATION_KEY = "association_key";

  public static final String HTML_URL = "html_url";
  public static final String CHANGED_FILES = "changed_files";
  public static final String CREATED_AT = "created_at";
  public static final String UPDATED_AT = "updated_at";
  public static final String CLOSED_AT = "closed_at";
  public static final String MERGED_AT = "merged_at";
  public static final String SUBMITTED_AT = "submitted_at";
  public static final String COMMENTS = "comments";

  /** An item's reactions in all and its {@code +1} reactions (stored only; absent: not fetched). */
  public static final String REACTIONS = "reactions";

  public static final String PLUS_ONE_REACTIONS = "reactions_plus_one";
  public static final String TOPIC = "topic";

  /**
   * The topics only history rules gave ({@code Classification#inferred}): history leaves them out.
   */
  public static final String INFERRED_TOPIC = "inferred_topic";

  public static final String PRIORITY = "priority";

  /** The primary topic ({@code Classification#primary}), a keyword; absent when none. */
  public static final String PRIMARY = "primary";

  /** The kind of each finding, a keyword ({@code finding:compat-risk}). */
  public static final String FINDING = "finding";

  /** Each finding whole ({@code Finding#encode}), stored only. */
  public static final String FINDING_DATA = "finding_data";

  public static final String EVIDENCE = "evidence";
  public static final String FINGERPRINT = "fingerprint";

  /**
   * The fingerprint of the rules that classified an item, in binary doc values only, so that a
   * whole reclassification whose result equals the stored one updates it in place instead of
   * re-indexing the item.
   */
  public static final String RULES = "rules_fingerprint";

  /**
   * An item's term hits as the rules encoded them (binary doc values only), so a reclassification
   * under the same term lists need not clean and match the item's text again; updated in place like
   * {@link #RULES}.
   */
  public static final String TERM_HITS = "term_hits";

  /** The GitHub JSON the entity was read from. */
  public static final String JSON = "json";

  /** Comment or review id. */
  public static final String ID = "id";

  public static final String COMMENT_BODY = "comment_body";

  /**
   * The item a comment, or an item's description, marks its item a duplicate of ({@code
   * io.devpulse.model.DuplicateMark}): a number of the same repository; absent when none.
   */
  public static final String DUPLICATE_OF = "duplicate_of";

  public static final String REVIEW_BODY = "review_body";
  public static final String REVIEW_STATE = "review_state";

  /** A release's tag, title, body, publication time and pre-release flag. */
  public static final String TAG = "tag";

  public static final String RELEASE_NAME = "release_name";
  public static final String RELEASE_BODY = "release_body";
  public static final String PUBLISHED_AT = "published_at";
  public static final String PRERELEASE = "prerelease";

  private IndexFields() {}

  /** The index field holding an item time. */
  public static String timeField(DateField field) {
    return switch (field) {
      case CREATED -> CREATED_AT;
      case UPDATED -> UPDATED_AT;
      case CLOSED -> CLOSED_AT;
      case MERGED -> MERGED_AT;
    };
  }

  /** The lower-case form keyword fields are indexed and queried in. */
  public static String fold(String value) {
    return value.toLowerCase(Locale.ROOT);
  }

  /** A keyword matched case-insensitively; stored and in sorted doc values as written. */
  public static void addKeyword(Document doc, String name, String value) {
    doc.add(new StringField(name, fold(value), Field.Store.NO));
    doc.add(new StoredField(name, value));
    doc.add(new SortedDocValuesField(name, new BytesRef(value)));
  }

  /**
   * One value of a multi-valued keyword; stored in order and in sorted-set doc values as written.
   */
  public static void addMultiKeyword(Document doc, String name, String value) {
    doc.add(new StringField(name, fold(value), Field.Store.NO));
    doc.add(new StoredField(name, value));
    doc.add(new SortedSetDocValuesField(name, new BytesRef(value)));
  }

  /** {@link #ASSOCIATION_KEY}: the association as written, a term and a sorted doc value. */
  public static void addAssociation(Document doc, String association) {
    doc.add(new StringField(ASSOCIATION_KEY, association, Field.Store.NO));
    doc.add(new SortedDocValuesField(ASSOCIATION_KEY, new BytesRef(association)));
  }

  /** {@code true} or {@code false}, indexed and stored. */
  public static void addFlag(Document doc, String name, boolean value) {
    doc.add(new StringField(name, Boolean.toString(value), Field.Store.YES));
  }

  /** A time, if present: point, doc values and the exact instant stored. */
  public static void addTime(Document doc, String name, Instant time) {
    if (time == null) {
      return;
    }
    long millis = time.toEpochMilli();
    doc.add(new LongPoint(name, millis));
    doc.add(new NumericDocValuesField(name, millis));
    doc.add(new StoredField(name, time.toString()));
  }

  /** An int: point, doc values and stored. */
  public static void addInt(Document doc, String name, int value) {
    doc.add(new IntPoint(name, value));
    doc.add(new NumericDocValuesField(name, value));
    doc.add(new StoredField(name, value));
  }

  /** The fields every document has: its type, key and repository. */
  public static void addIdentity(Document doc, String type, String key, Repository repo) {
    doc.add(new StringField(DOC_TYPE, type, Field.Store.NO));
    doc.add(new StringField(KEY, key, Field.Store.NO));
    doc.add(new StringField(REPO, repo.key(), Field.Store.NO));
    doc.add(new SortedDocValuesField(REPO, new BytesRef(repo.key())));
    doc.add(new StoredField(REPO_NAME, repo.fullName()));
  }

  /** A stored time read back, or null when the document has none. */
  public static Instant storedTime(Document doc, String name) {
    String value = doc.get(name);
    return value == null ? null : parseTime(value);
  }

  /**
   * {@link Instant#parse}, with a fast path for the whole-second UTC form {@link Instant#toString}
   * writes for GitHub's times ({@code 2025-12-10T09:30:00Z}): a reclassification reads four per
   * item, and the general parser cost more than the rest of loading the item (and seconds of JIT
   * compilation).
   */
  static Instant parseTime(String s) {
    if (s.length() == 20
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && s.charAt(10) == 'T'
        && s.charAt(13) == ':'
        && s.charAt(16) == ':'
        && s.charAt(19) == 'Z') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 2);
      int day = digits(s, 8, 2);
      int hour = digits(s, 11, 2);
      int minute = digits(s, 14, 2);
      int second = digits(s, 17, 2);
      if (year >= 0
          && month >= 0
          && day >= 0
          && hour >= 0
          && hour <= 23
          && minute >= 0
          && minute <= 59
          && second >= 0
          && second <= 59) {
        try {
          long days = LocalDate.of(year, month, day).toEpochDay();
          return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second);
        } catch (DateTimeException e) {
          // no such day: Instant.parse below reports it in its own words
        }
      }
    }
    return Instant.parse(s); // other shapes (fractions of a second, offsets) and errors
  }

  /** The decimal number in {@code s[from, from + n)}, or -1 if any of it is not an ASCII digit. */
  private static int digits(String s, int from, int n) {
    int value = 0;
    for (int i = from; i < from + n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A stored int read back. */
  public static int storedInt(Document doc, String name) {
    return doc.getField(name).numericValue().intValue();
  }
}
