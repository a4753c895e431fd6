package io.devpulse.index;

import io.devpulse.index.internal.AccountDocuments;
import io.devpulse.index.internal.CommentDocuments;
import io.devpulse.index.internal.CommenterCollector;
import io.devpulse.index.internal.CountByCollector;
import io.devpulse.index.internal.DateBounds;
import io.devpulse.index.internal.FirstItemCollector;
import io.devpulse.index.internal.IndexFields;
import io.devpulse.index.internal.IndexQueries;
import io.devpulse.index.internal.ItemDocuments;
import io.devpulse.index.internal.ItemKeyCollector;
import io.devpulse.index.internal.ItemSorts;
import io.devpulse.index.internal.ItemsClassifiedBy;
import io.devpulse.index.internal.ReleaseDocuments;
import io.devpulse.index.internal.ReviewDocuments;
import io.devpulse.index.internal.ReviewerCollector;
import io.devpulse.index.internal.TypedQueries;
import io.devpulse.index.internal.WindowCountCollector;
import io.devpulse.model.Actor;
import io.devpulse.model.ActorType;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.ReviewState;
import io.devpulse.model.UserErrorException;
import io.devpulse.model.Window;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOUtils;

/**
 * Reads the index as of its last commit: search and count items, look up one item with its comments
 * and reviews, and walk all items for reclassification. Opening is cheap enough per command; an
 * open instance does not see later commits. Safe for concurrent use; I/O failures are thrown as
 * {@link UncheckedIOException}.
 *
 * <p>Results are rebuilt from stored fields; the stored GitHub JSON is read only by the {@code
 * json} methods and {@link #forEachItemWithJson}.
 */
public final class HistoryIndex implements Closeable {
  private static final Set<String> JSON_ONLY = Set.of(IndexFields.JSON);
  private static final Set<String> FIRST_ITEM_FIELDS =
      Set.of(IndexFields.AUTHOR, IndexFields.ASSOCIATION);

  private final Directory directoryOrNull;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /**
   * Closed after the reader: what this reader's life holds open (a private copy of the index), or
   * null.
   */
  private final Closeable owned;

  /**
   * @param directoryOrNull closed with the reader; null when someone else owns it (a writer's view)
   */
  HistoryIndex(Directory directoryOrNull, DirectoryReader reader) {
    this(directoryOrNull, reader, null);
  }

  HistoryIndex(Directory directoryOrNull, DirectoryReader reader, Closeable owned) {
    this.directoryOrNull = directoryOrNull;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.owned = owned;
  }

  /**
   * The system property that, set to {@code false}, reads the index with positional reads instead
   * of memory-mapping it (Lucene's default), and set to {@code auto}, does so for an index smaller
   * than {@link #MAP_FROM_BYTES}. Mapping needs native calls linked and memory-segment accessors
   * spun up, ~20-40 ms of a new JVM; a sub-second command (the launcher's short ones, which ask for
   * {@code auto}) does not earn that back on a small index, but does on a large one, where every
   * positional read of a cold report is a system call (reading 1 KB) and there are many.
   * (Positional reads fail once a reading thread is interrupted: short commands interrupt none.)
   */
  public static final String MMAP_PROPERTY = "devpulse.index.mmap";

  /**
   * From this size on disk an {@code auto} index is mapped: the cold hourly report's positional
   * reads cost about what mapping does (~20 ms) at the 100k-item scale index (328 MB), and 4× that
   * at 1M items (2.6 GB), where mapping made the report 8 % faster (docs/SCALE.md).
   */
  static final long MAP_FROM_BYTES = 256L << 20;

  private static Directory directory(Path dir) throws IOException {
    return directory(dir, System.getProperty(MMAP_PROPERTY, "true"), MAP_FROM_BYTES);
  }

  /**
   * The directory to read {@code dir} with in {@code mode} ({@link #MMAP_PROPERTY}'s values), an
   * {@code auto} one mapped from {@code mapFrom} bytes on.
   */
  static Directory directory(Path dir, String mode, long mapFrom) throws IOException {
    boolean map =
        mode.equalsIgnoreCase("auto") ? sizeOnDisk(dir) >= mapFrom : Boolean.parseBoolean(mode);
    return map ? FSDirectory.open(dir) : new NIOFSDirectory(dir);
  }

  /** The bytes of the files directly in {@code dir} (an index has no subfolders). */
  private static long sizeOnDisk(Path dir) throws IOException {
    long bytes = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        try {
          bytes += Files.size(f);
        } catch (NoSuchFileException e) {
          // deleted since listed (a writer's merge): not part of the index any more
        }
      }
    }
    return bytes;
  }

  /** Whether {@code dir} holds a committed devpulse index (not a folder of other files). */
  public static boolean exists(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = directory(dir)) {
      if (isForeign(IndexDirectory.inspect(dir))) {
        return false;
      }
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index " + dir, e);
    }
  }

  /** Opens the index in {@code dir}; a {@link UserErrorException} when there is none. */
  public static HistoryIndex open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw noIndex(dir);
    }
    Directory directory = null;
    try {
      IndexDirectory.Contents contents = IndexDirectory.inspect(dir);
      if (isForeign(contents)) {
        // A file Lucene would take for a commit point, or a folder of other files: say so, do not
        // parse.
        throw NotAnIndexException.of(dir, contents);
      }
      directory = directory(dir);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw noIndex(dir);
      }
      return new HistoryIndex(directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw IndexStorageException.reading(dir, e);
    }
  }

  private static boolean isForeign(IndexDirectory.Contents contents) {
    return contents.kind() == IndexDirectory.Kind.FOREIGN
        || contents.kind() == IndexDirectory.Kind.MISNAMED;
  }

  private static UserErrorException noIndex(Path dir) {
    return new UserErrorException("no index at " + dir + "; run devpulse import first");
  }

  /**
   * Items matching {@code query} (classic Lucene syntax, blank for all), filtered, ordered and cut.
   */
  public SearchResult search(String query, SearchOptions options) {
    return search(ItemQuery.text(query), options);
  }

  /** Items matching {@code query}, filtered, ordered and cut. */
  public SearchResult search(ItemQuery query, SearchOptions options) {
    Objects.requireNonNull(options, "options");
    Query q = IndexQueries.items(TypedQueries.toLucene(query), options.repository());
    Sort sort = ItemSorts.sort(options.sortField(), options.descending());
    return io(
        () -> {
          TopDocs top =
              sort == null
                  ? searcher.search(q, options.limit())
                  : searcher.search(q, options.limit(), sort);
          long total =
              top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
                  ? top.totalHits.value()
                  : searcher.count(q);
          StoredFields stored = searcher.storedFields();
          List<IndexedItem> items = new ArrayList<>(top.scoreDocs.length);
          for (ScoreDoc hit : top.scoreDocs) {
            items.add(
                ItemDocuments.toIndexedItem(
                    stored.document(hit.doc, ItemDocuments.STORED_FIELDS), fingerprintOf(hit.doc)));
          }
          return new SearchResult(total, items);
        });
  }

  /**
   * For each of {@code windows}, in their order, how many items matching {@code query} (of {@code
   * repositoryOrNull}, all repositories when null) have a time of any of {@code fields} in it (the
   * total {@link #search(ItemQuery, SearchOptions)} gives for {@code query} and {@link
   * ItemQuery#between} the window of any of the fields), for every window in one pass over the doc
   * values of the items within the windows' span instead of a query per window.
   */
  public long[] countInWindows(
      ItemQuery query, Repository repositoryOrNull, Set<DateField> fields, List<Window> windows) {
    if (windows.isEmpty() || fields.isEmpty()) {
      return new long[windows.size()];
    }
    Instant first = windows.get(0).from();
    Instant last = windows.get(0).to();
    long[] from = new long[windows.size()];
    long[] to = new long[windows.size()];
    for (int i = 0; i < windows.size(); i++) {
      Window w = windows.get(i);
      first = w.from().isBefore(first) ? w.from() : first;
      last = w.to().isAfter(last) ? w.to() : last;
      from[i] = w.from().toEpochMilli();
      to[i] = w.to().toEpochMilli();
    }
    ItemQuery inSpan = null;
    String[] indexFields = new String[fields.size()];
    int f = 0;
    for (DateField field : fields) {
      ItemQuery between = ItemQuery.between(field, first, last);
      inSpan = inSpan == null ? between : inSpan.or(between);
      indexFields[f++] = IndexFields.timeField(field);
    }
    Query q = IndexQueries.items(TypedQueries.toLucene(query.and(inSpan)), repositoryOrNull);
    return io(() -> searcher.search(q, WindowCountCollector.manager(indexFields, from, to)));
  }

  /**
   * How many items matching {@code query} fall under each key of {@code by}: dates ({@code
   * 2025-12-10}, {@code 2025-W50}, {@code 2025-12}, in {@code zone}) ordered by key with items
   * lacking {@code dateField} last under {@code none}; other dimensions most first, ties by key,
   * items without a value left out. {@code dateField} and {@code zone} may be null unless {@code
   * by} is a date. Reads doc values only.
   */
  public Map<String, Long> countBy(
      String query, Repository repositoryOrNull, CountBy by, DateField dateField, ZoneId zone) {
    return countBy(ItemQuery.text(query), repositoryOrNull, by, dateField, zone);
  }

  /**
   * As {@link #countBy(String, Repository, CountBy, DateField, ZoneId)}, for a query built in code.
   */
  public Map<String, Long> countBy(
      ItemQuery query, Repository repositoryOrNull, CountBy by, DateField dateField, ZoneId zone) {
    Objects.requireNonNull(by, "by");
    if (by.isDate()) {
      Objects.requireNonNull(dateField, "dateField");
      Objects.requireNonNull(zone, "zone");
    }
    Query q = IndexQueries.items(TypedQueries.toLucene(query), repositoryOrNull);
    return Collections.unmodifiableMap(
        io(() -> CountByCollector.count(searcher, q, by, dateField, zone)));
  }

  /** The user data of the commit this reader sees (checkpoints, coverage, rule fingerprint). */
  public Map<String, String> commitData() {
    return io(() -> reader.getIndexCommit().getUserData());
  }

  /** Counts, time span and last commit data of the index. */
  public IndexStats stats() {
    return io(
        () -> {
          Query items = IndexQueries.ofType(IndexFields.TYPE_ITEM);
          return new IndexStats(
              reader.numDocs() - searcher.count(IndexQueries.ofType(IndexFields.TYPE_ACCOUNT)),
              searcher.count(items),
              Collections.unmodifiableMap(
                  CountByCollector.countTerms(searcher, items, IndexFields.REPO)),
              Collections.unmodifiableMap(
                  CountByCollector.countTerms(searcher, items, IndexFields.KIND)),
              Collections.unmodifiableMap(
                  CountByCollector.countTerms(searcher, items, IndexFields.STATE)),
              searcher.count(IndexQueries.ofType(IndexFields.TYPE_COMMENT)),
              searcher.count(IndexQueries.byBots(IndexFields.TYPE_COMMENT, allVerdicts())),
              searcher.count(IndexQueries.ofType(IndexFields.TYPE_REVIEW)),
              extremeCreated(items, false),
              extremeCreated(items, true),
              reader.getIndexCommit().getUserData(),
              searcher.count(IndexQueries.ofType(IndexFields.TYPE_RELEASE)));
        });
  }

  /**
   * The repositories whose items the index holds, in the spelling stored with them, sorted by key.
   * Reads the repository field's terms and one item of each, so its cost grows with the number of
   * repositories, not of items: every report asks it (to refuse an unknown {@code --repo}).
   */
  public List<Repository> repositories() {
    return io(
        () -> {
          List<Repository> out = new ArrayList<>();
          Terms terms = MultiTerms.getTerms(reader, IndexFields.REPO);
          if (terms == null) {
            return out;
          }
          Query items = IndexQueries.ofType(IndexFields.TYPE_ITEM);
          TermsEnum keys = terms.iterator();
          for (BytesRef key = keys.next(); key != null; key = keys.next()) {
            Query ofRepo =
                new BooleanQuery.Builder()
                    .add(items, BooleanClause.Occur.FILTER)
                    .add(
                        new TermQuery(new Term(IndexFields.REPO, BytesRef.deepCopyOf(key))),
                        BooleanClause.Occur.FILTER)
                    .build();
            TopDocs one = searcher.search(ofRepo, 1);
            if (one.scoreDocs.length > 0) {
              Document doc =
                  searcher
                      .storedFields()
                      .document(one.scoreDocs[0].doc, Set.of(IndexFields.REPO_NAME));
              String stored = doc.get(IndexFields.REPO_NAME);
              out.add(Repository.parse(stored != null ? stored : key.utf8ToString()));
            }
          }
          return out;
        });
  }

  private Instant extremeCreated(Query items, boolean latest) throws IOException {
    Sort sort = ItemSorts.sort("created", latest);
    TopDocs top = searcher.search(items, 1, sort);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    Document doc =
        searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.CREATED_AT));
    return IndexFields.storedTime(doc, IndexFields.CREATED_AT);
  }

  /** Item {@code number} of {@code repository}, if indexed. */
  public Optional<IndexedItem> item(Repository repository, int number) {
    return io(
        () -> {
          TopDocs top = searcher.search(IndexQueries.byKey(Item.keyOf(repository, number)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          int doc = top.scoreDocs[0].doc;
          return Optional.of(
              ItemDocuments.toIndexedItem(
                  searcher.storedFields().document(doc, ItemDocuments.STORED_FIELDS),
                  fingerprintOf(doc)));
        });
  }

  /**
   * The term hits stored with item {@code number} of {@code repository} ({@link
   * IndexUpdate#put(Item, String, io.devpulse.model.Classification, byte[])}): bytes only the rule
   * pack that wrote them reads; empty when the item or its hits are not stored.
   */
  public Optional<byte[]> termHits(Repository repository, int number) {
    return io(
        () -> {
          TopDocs top = searcher.search(IndexQueries.byKey(Item.keyOf(repository, number)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          int doc = top.scoreDocs[0].doc;
          LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
          BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexFields.TERM_HITS);
          if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            return Optional.empty();
          }
          BytesRef b = values.binaryValue();
          return Optional.of(Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
        });
  }

  /** The {@link IndexFields#RULES} doc value of document {@code doc}, or null. */
  private String fingerprintOf(int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexFields.RULES);
    return values != null && values.advanceExact(doc - leaf.docBase)
        ? values.binaryValue().utf8ToString()
        : null;
  }

  /** The GitHub JSON item {@code number} of {@code repository} was indexed from, if indexed. */
  public Optional<String> json(Repository repository, int number) {
    return io(
        () ->
            loadByKey(Item.keyOf(repository, number), JSON_ONLY).map(d -> d.get(IndexFields.JSON)));
  }

  /** The GitHub JSON of an item this index returned. */
  public String json(IndexedItem item) {
    Item i = item.item();
    return json(i.repository(), i.number())
        .orElseThrow(() -> new NoSuchElementException("item " + i.key() + " is not in the index"));
  }

  private Optional<Document> loadByKey(String key, Set<String> fields) throws IOException {
    TopDocs top = searcher.search(IndexQueries.byKey(key), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc, fields));
  }

  /**
   * Comments created in {@code [fromInclusive, toExclusive)}, oldest first; all repositories if
   * null.
   */
  public List<Comment> comments(
      Repository repositoryOrNull, Instant fromInclusive, Instant toExclusive) {
    Query q =
        IndexQueries.createdBetween(
            IndexFields.TYPE_COMMENT, repositoryOrNull, fromInclusive, toExclusive);
    return io(
        () ->
            all(
                q,
                IndexFields.CREATED_AT,
                CommentDocuments.STORED_FIELDS,
                CommentDocuments::toComment));
  }

  /**
   * The comments on each of items {@code numbers} of {@code repository}, each item's oldest first
   * (as {@link #commentsOn(Repository, int)}); items without comments are absent. One query for all
   * of them: a search per item costs more in query set-up over every segment than in reading its
   * comments.
   */
  public Map<Integer, List<Comment>> commentsOn(
      Repository repository, Collection<Integer> numbers) {
    Objects.requireNonNull(repository, "repository");
    if (numbers.isEmpty()) {
      return Map.of();
    }
    Query q =
        new BooleanQuery.Builder()
            .add(IndexQueries.all(IndexFields.TYPE_COMMENT, repository), BooleanClause.Occur.FILTER)
            .add(
                IntPoint.newSetQuery(
                    IndexFields.NUMBER, numbers.stream().mapToInt(Integer::intValue).toArray()),
                BooleanClause.Occur.FILTER)
            .build();
    return io(
        () -> {
          Map<Integer, List<Comment>> byItem = new HashMap<>();
          for (Comment c :
              all(
                  q,
                  IndexFields.CREATED_AT,
                  CommentDocuments.STORED_FIELDS,
                  CommentDocuments::toComment)) {
            byItem.computeIfAbsent(c.itemNumber(), k -> new ArrayList<>()).add(c);
          }
          byItem.replaceAll((n, comments) -> List.copyOf(comments));
          return Collections.unmodifiableMap(byItem);
        });
  }

  /** The comments on item {@code number}, oldest first. */
  public List<Comment> commentsOn(Repository repository, int number) {
    Query q = IndexQueries.on(IndexFields.TYPE_COMMENT, Objects.requireNonNull(repository), number);
    return io(
        () ->
            all(
                q,
                IndexFields.CREATED_AT,
                CommentDocuments.STORED_FIELDS,
                CommentDocuments::toComment));
  }

  /**
   * How many comments the index holds on item {@code number}: counted from the postings, no stored
   * field loaded (whether {@link #commentsOn} has anything to read).
   */
  public int countCommentsOn(Repository repository, int number) {
    Query q = IndexQueries.on(IndexFields.TYPE_COMMENT, Objects.requireNonNull(repository), number);
    return io(() -> searcher.count(q));
  }

  /**
   * The document numbers of the comments on each item in this reader, ascending, looked up by
   * repository and item number: from the comments' doc values in one pass, for {@link
   * ItemLoader#comments(int[])} to load them without a query per item.
   */
  public CommentDocs commentDocIndex() {
    record Leaf(int base, SortedDocValues repo, NumericDocValues number) {}
    CommentDocs.Builder out = new CommentDocs.Builder();
    eachDoc(
        IndexFields.TYPE_COMMENT,
        leaf ->
            new Leaf(
                leafBase(leaf),
                DocValues.getSorted(leaf, IndexFields.REPO),
                DocValues.getNumeric(leaf, IndexFields.NUMBER)),
        (leaf, doc) -> {
          if (leaf.repo().advanceExact(doc) && leaf.number().advanceExact(doc)) {
            out.add(
                leaf.repo().lookupOrd(leaf.repo().ordValue()).utf8ToString(),
                leaf.number().longValue(),
                leaf.base() + doc);
          }
        });
    return out.build();
  }

  /**
   * Item key ({@code owner/name#number}, lower case, as {@link ItemSummary#key()}) → the numbers of
   * the other items of its repository that a comment the index holds, or a held item's description,
   * marks duplicates of it ({@link io.devpulse.model.DuplicateMark}), ascending and distinct; items
   * no one marks are absent. From doc values in one pass over the documents that carry a mark (no
   * stored field). Documents written by a devpulse without the mark carry none until put again.
   */
  public Map<String, List<Integer>> duplicateLinks() {
    Map<String, java.util.TreeSet<Integer>> sources = new TreeMap<>();
    io(
        () -> {
          for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            NumericDocValues target = leaf.getNumericDocValues(IndexFields.DUPLICATE_OF);
            if (target == null) {
              continue;
            }
            Bits live = leaf.getLiveDocs();
            SortedDocValues repo = DocValues.getSorted(leaf, IndexFields.REPO);
            NumericDocValues number = DocValues.getNumeric(leaf, IndexFields.NUMBER);
            for (int doc = target.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = target.nextDoc()) {
              if ((live != null && !live.get(doc))
                  || !repo.advanceExact(doc)
                  || !number.advanceExact(doc)) {
                continue;
              }
              int source = (int) number.longValue();
              int to = (int) target.longValue();
              if (source != to) {
                String key = repo.lookupOrd(repo.ordValue()).utf8ToString() + "#" + to;
                sources.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(source);
              }
            }
          }
          return null;
        });
    Map<String, List<Integer>> out = new HashMap<>();
    sources.forEach((key, numbers) -> out.put(key, List.copyOf(numbers)));
    return out;
  }

  /** The doc base of {@code leaf} in this reader. */
  private int leafBase(LeafReader leaf) {
    for (LeafReaderContext context : reader.leaves()) {
      if (context.reader() == leaf) {
        return context.docBase;
      }
    }
    throw new IllegalStateException("a leaf of another reader");
  }

  /** The reviews of pull request {@code pullNumber}, by submission time, pending ones last. */
  public List<Review> reviews(Repository repository, int pullNumber) {
    Query q =
        IndexQueries.on(IndexFields.TYPE_REVIEW, Objects.requireNonNull(repository), pullNumber);
    return io(
        () ->
            all(
                q,
                IndexFields.SUBMITTED_AT,
                ReviewDocuments.STORED_FIELDS,
                ReviewDocuments::toReview));
  }

  /**
   * The releases of {@code repository}, by creation time, oldest first (drafts included: callers
   * that want published ones ask {@link Release#publishedBefore}).
   */
  public List<Release> releases(Repository repository) {
    Query q = IndexQueries.all(IndexFields.TYPE_RELEASE, Objects.requireNonNull(repository));
    return io(
        () ->
            all(
                q,
                IndexFields.CREATED_AT,
                ReleaseDocuments.STORED_FIELDS,
                ReleaseDocuments::toRelease));
  }

  private <T> List<T> all(
      Query q, String timeField, Set<String> fields, Function<Document, T> mapper)
      throws IOException {
    int count = searcher.count(q);
    if (count == 0) {
      return List.of();
    }
    TopDocs top = searcher.search(q, count, ItemSorts.oldestFirst(timeField));
    StoredFields stored = searcher.storedFields();
    List<T> result = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      result.add(mapper.apply(stored.document(hit.doc, fields)));
    }
    return List.copyOf(result);
  }

  /**
   * The items of {@code repository} by {@code login} created before {@code before}, with their own
   * topics (the inferred ones left out): the history rules' view of an author. Doc-values passes
   * over the author's items, however large the index.
   */
  public TopicCounts earlierItemsBy(Repository repository, String login, Instant before) {
    return earlierItems(repository, IndexFields.AUTHOR, login, before);
  }

  /**
   * The items of {@code repository} labelled {@code label} created before {@code before}, with
   * their topics.
   */
  public TopicCounts earlierItemsLabelled(Repository repository, String label, Instant before) {
    return earlierItems(repository, IndexFields.LABEL, label, before);
  }

  /**
   * The keys of the items of {@code repository} matching {@code query}, in the order {@code
   * search(query, new SearchOptions(repository, "created", false, n))} gives (oldest first, then by
   * number), without loading any item: doc values and the draft flag's postings (and, for items an
   * earlier devpulse wrote, the stored association: {@link #holdsAssociations}). For a list that
   * must count many items but show few: decide on the keys, then load the few ({@link #item}).
   */
  public List<ItemKey> keys(ItemQuery query, Repository repository) {
    Objects.requireNonNull(repository, "repository");
    Query q = IndexQueries.items(TypedQueries.toLucene(query), repository);
    return io(() -> ItemKeyCollector.keys(searcher, q));
  }

  /**
   * Who reviewed each of {@code pullNumbers} of {@code repository} before {@code end}: the authors
   * of the reviews {@link #reviews} returns for it that were submitted before {@code end} (a
   * whole-millisecond instant) and are not pending, one entry per review, in no set order; pull
   * requests without such a review are absent. From doc values, in one query for all of them: the
   * question "was it reviewed by someone else?" asked of every open pull request without loading a
   * review.
   */
  public Map<Integer, List<Actor>> reviewersBefore(
      Repository repository, Collection<Integer> pullNumbers, Instant end) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(end, "end");
    if (pullNumbers.isEmpty()) {
      return Map.of();
    }
    Query query =
        onItemsBefore(
                IndexFields.TYPE_REVIEW,
                repository,
                pullNumbers,
                IndexFields.SUBMITTED_AT,
                end,
                true)
            .add(
                new TermQuery(
                    new Term(
                        IndexFields.REVIEW_STATE, IndexFields.fold(ReviewState.PENDING.name()))),
                BooleanClause.Occur.MUST_NOT)
            .build();
    return io(() -> ReviewerCollector.reviewers(searcher, query));
  }

  /**
   * Who commented on each of items {@code numbers} of {@code repository} before {@code end} with
   * one of {@code associations} (GitHub's {@code author_association}, any case): the authors of the
   * comments {@link #commentsOn(Repository, int)} returns for it that were created before {@code
   * end} (a whole-millisecond instant), one entry per comment, in no set order; items without such
   * a comment are absent. From doc values, in one query for all of them: "did a maintainer answer?"
   * asked of every open issue without loading a comment. Comments an earlier devpulse wrote carry
   * no association doc value ({@link #holdsAssociations}): theirs is read from the stored field,
   * the same answer, slower; in an index where every comment has it, only the comments with one of
   * {@code associations} are matched, by its terms.
   */
  public Map<Integer, List<Actor>> commentersBefore(
      Repository repository, Collection<Integer> numbers, Instant end, Set<String> associations) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(associations, "associations");
    if (numbers.isEmpty() || associations.isEmpty()) {
      return Map.of();
    }
    return io(
        () -> {
          boolean byTerm = holdsAssociations();
          BooleanQuery.Builder query =
              onItemsBefore(
                  IndexFields.TYPE_COMMENT,
                  repository,
                  numbers,
                  IndexFields.CREATED_AT,
                  end,
                  false);
          if (byTerm) {
            // Only the comments asked about are matched: at 1M items the number points alone
            // matched every repository's items, comments and reviews of those numbers (JFR: 6× the
            // time of this query with the association's postings leading).
            List<BytesRef> asked = associationTerms(associations);
            if (asked.isEmpty()) {
              return Map.of();
            }
            query.add(
                new TermInSetQuery(IndexFields.ASSOCIATION_KEY, asked), BooleanClause.Occur.FILTER);
          }
          return CommenterCollector.commenters(searcher, query.build(), associations);
        });
  }

  /**
   * The association terms of the index that are one of {@code associations} in any case (GitHub
   * writes them upper-case; the index keeps them as written).
   */
  private List<BytesRef> associationTerms(Set<String> associations) throws IOException {
    Set<String> upper = new HashSet<>();
    associations.forEach(a -> upper.add(a.toUpperCase(Locale.ROOT)));
    TreeSet<BytesRef> found = new TreeSet<>();
    for (LeafReaderContext context : reader.leaves()) {
      Terms terms = context.reader().terms(IndexFields.ASSOCIATION_KEY);
      if (terms == null) {
        continue;
      }
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        if (upper.contains(t.utf8ToString().toUpperCase(Locale.ROOT))) {
          found.add(BytesRef.deepCopyOf(t));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Documents of {@code type} (reviews, comments) on items {@code numbers} of {@code repository}
   * whose {@code dateField} is before {@code end}: the filter both "before the window's end"
   * questions share, open for a further clause. {@code manyNumbers}: the numbers are checked on doc
   * values as the type, repository and time lead, instead of looked up as points.
   */
  private static BooleanQuery.Builder onItemsBefore(
      String type,
      Repository repository,
      Collection<Integer> numbers,
      String dateField,
      Instant end,
      boolean manyNumbers) {
    // Every open pull request (reviewersBefore) is thousands of numbers at 1M: as a point set, each
    // was looked up in every segment's tree, matching every repository's items, comments and
    // reviews of that number, the cold 1M report's largest growth after the bot policy (JFR); on
    // doc values the cost is the repository's reviews. The open urgent issues (commentersBefore)
    // are fewer, and a repository's comments many more than its reviews: points stay cheaper there
    // (JFR, 1M).
    Query ofNumbers =
        manyNumbers
            ? NumericDocValuesField.newSlowSetQuery(
                IndexFields.NUMBER, numbers.stream().mapToLong(Integer::longValue).toArray())
            : IntPoint.newSetQuery(
                IndexFields.NUMBER, numbers.stream().mapToInt(Integer::intValue).toArray());
    return new BooleanQuery.Builder()
        .add(IndexQueries.all(type, repository), BooleanClause.Occur.FILTER)
        .add(ofNumbers, BooleanClause.Occur.FILTER)
        .add(
            DateBounds.rangeQuery(dateField, Long.MIN_VALUE, end.toEpochMilli() - 1),
            BooleanClause.Occur.FILTER);
  }

  /**
   * Whether every item and comment here carries its author's association in doc values ({@link
   * #keys}, {@link #commentersBefore} read it there): false for an index an earlier devpulse wrote
   * (or synced into since), whose older documents have it in a stored field only, read one by one.
   * Only a new import writes them all again. Counts per segment, no document read.
   */
  public boolean holdsAssociations() {
    Term items = new Term(IndexFields.DOC_TYPE, IndexFields.TYPE_ITEM);
    Term comments = new Term(IndexFields.DOC_TYPE, IndexFields.TYPE_COMMENT);
    return io(
        () -> {
          for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Terms associations = leaf.terms(IndexFields.ASSOCIATION_KEY);
            // Deleted documents count on both sides.
            long held = associations == null ? 0 : associations.getDocCount();
            if (held != (long) leaf.docFreq(items) + leaf.docFreq(comments)) {
              return false;
            }
          }
          return true;
        });
  }

  /**
   * Each author's first item in {@code repository}: the item {@code search("author:\"L\"", new
   * SearchOptions(repository, "created", false, 1))} returns for each login L, for all authors at
   * once. One pass over the repository's doc values, then the stored login and association of one
   * item per author, read in index order: its cost grows with the repository's items and authors,
   * not with a search per author.
   */
  public FirstItems firstItemsByAuthor(Repository repository) {
    Objects.requireNonNull(repository, "repository");
    Query items = IndexQueries.items(TypedQueries.toLucene(ItemQuery.all()), repository);
    return io(
        () -> {
          Map<String, FirstItemCollector.First> firsts =
              FirstItemCollector.firstByAuthor(searcher, items);
          List<Map.Entry<String, FirstItemCollector.First>> inDocOrder =
              new ArrayList<>(firsts.entrySet());
          inDocOrder.sort(Map.Entry.comparingByValue(Comparator.comparingInt(f -> f.doc())));
          StoredFields stored = searcher.storedFields();
          Map<String, FirstItem> out = new HashMap<>(firsts.size() * 2);
          for (Map.Entry<String, FirstItemCollector.First> e : inDocOrder) {
            FirstItemCollector.First f = e.getValue();
            Document doc = stored.document(f.doc(), FIRST_ITEM_FIELDS);
            out.put(
                e.getKey(),
                new FirstItem(
                    doc.get(IndexFields.AUTHOR),
                    f.number(),
                    f.createdMillis() == Long.MAX_VALUE
                        ? null
                        : Instant.ofEpochMilli(f.createdMillis()),
                    doc.get(IndexFields.ASSOCIATION)));
          }
          return new FirstItems(out);
        });
  }

  private TopicCounts earlierItems(
      Repository repository, String field, String value, Instant before) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(value, "value");
    Query query =
        new BooleanQuery.Builder()
            .add(
                IndexQueries.items(
                    new TermQuery(new Term(field, IndexFields.fold(value))), repository),
                BooleanClause.Occur.FILTER)
            .add(
                DateBounds.rangeQuery(
                    IndexFields.CREATED_AT, Long.MIN_VALUE, before.toEpochMilli() - 1),
                BooleanClause.Occur.FILTER)
            .build();
    return io(
        () -> {
          Map<String, Long> topics =
              new HashMap<>(CountByCollector.countTerms(searcher, query, IndexFields.TOPIC));
          CountByCollector.countTerms(searcher, query, IndexFields.INFERRED_TOPIC)
              .forEach(
                  (topic, n) ->
                      topics.computeIfPresent(topic, (t, all) -> all - n == 0 ? null : all - n));
          return new TopicCounts(searcher.count(query), topics);
        });
  }

  /**
   * How many items were not classified by the rule set with this fingerprint (older rules, or
   * none).
   */
  public long countItemsNotClassifiedBy(String fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (directoryOrNull != null) {
      // A commit's reader (not a writer's near-real-time view, which sees puts its commit data
      // does not describe): the commit says, when it can, without reading every item's doc value.
      OptionalLong said =
          ItemsClassifiedBy.staleItems(
              commitData(),
              fingerprint,
              () -> io(() -> (long) searcher.count(IndexQueries.ofType(IndexFields.TYPE_ITEM))));
      if (said.isPresent()) {
        return said.getAsLong();
      }
    }
    BytesRef wanted = new BytesRef(fingerprint);
    long[] stale = {0};
    eachItemDoc(
        leaf -> leaf.getBinaryDocValues(IndexFields.RULES),
        (values, doc) -> {
          if (values == null
              || !values.advanceExact(doc)
              || !values.binaryValue().bytesEquals(wanted)) {
            stale[0]++;
          }
        });
    return stale[0];
  }

  /**
   * Every item's {@link ItemSummary} as {@link ItemColumns}, read from doc values only (no stored
   * field is loaded): what the rules' history needs of the whole index, in index order, at ~40
   * bytes an item, for the passes that hold every item at once (reclassify, import's settle).
   */
  public ItemColumns itemColumns() {
    ItemColumns.Builder out = new ItemColumns.Builder();
    Term items = new Term(IndexFields.DOC_TYPE, IndexFields.TYPE_ITEM);
    io(
        () -> {
          for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            PostingsEnum postings = leaf.postings(items, PostingsEnum.NONE);
            if (postings == null) {
              continue;
            }
            Bits live = leaf.getLiveDocs();
            SortedDocValues repo = DocValues.getSorted(leaf, IndexFields.REPO);
            NumericDocValues number = DocValues.getNumeric(leaf, IndexFields.NUMBER);
            NumericDocValues created = DocValues.getNumeric(leaf, IndexFields.CREATED_AT);
            SortedDocValues author = DocValues.getSorted(leaf, IndexFields.AUTHOR);
            SortedSetDocValues labels = DocValues.getSortedSet(leaf, IndexFields.LABEL);
            SortedSetDocValues topics = DocValues.getSortedSet(leaf, IndexFields.TOPIC);
            SortedSetDocValues inferred = DocValues.getSortedSet(leaf, IndexFields.INFERRED_TOPIC);
            BinaryDocValues rules = DocValues.getBinary(leaf, IndexFields.RULES);
            Map<Long, String> labelNames = new HashMap<>();
            Map<Long, String> topicNames = new HashMap<>();
            Map<Long, String> inferredNames = new HashMap<>();
            Map<Integer, Integer> repoIds = new HashMap<>();
            Map<Integer, Integer> authorIds = new HashMap<>();
            BytesRef lastRules = null;
            int lastFingerprint = -1;
            int empty = out.set(List.of());
            for (int doc = postings.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = postings.nextDoc()) {
              if (live != null && !live.get(doc)) {
                continue;
              }
              int repoId;
              if (repo.advanceExact(doc)) {
                int ord = repo.ordValue();
                Integer id = repoIds.get(ord);
                if (id == null) {
                  id = out.name(repo.lookupOrd(ord).utf8ToString());
                  repoIds.put(ord, id);
                }
                repoId = id;
              } else {
                repoId = out.name("");
              }
              int n = number.advanceExact(doc) ? (int) number.longValue() : 0;
              long time = created.advanceExact(doc) ? created.longValue() : Long.MIN_VALUE;
              int authorId;
              if (author.advanceExact(doc)) {
                int ord = author.ordValue();
                Integer id = authorIds.get(ord);
                if (id == null) {
                  id = out.name(author.lookupOrd(ord).utf8ToString());
                  authorIds.put(ord, id);
                }
                authorId = id;
              } else {
                authorId = out.name("");
              }
              int fingerprint = -1;
              if (rules.advanceExact(doc)) {
                BytesRef value = rules.binaryValue();
                if (lastRules == null || !lastRules.bytesEquals(value)) {
                  lastRules = BytesRef.deepCopyOf(value);
                  lastFingerprint = out.name(value.utf8ToString());
                }
                fingerprint = lastFingerprint;
              }
              List<String> l = values(labels, doc, labelNames);
              List<String> t = values(topics, doc, topicNames);
              List<String> f = values(inferred, doc, inferredNames);
              out.add(
                  context.docBase + doc,
                  time,
                  n,
                  repoId,
                  authorId,
                  l.isEmpty() ? empty : out.set(l),
                  t.isEmpty() ? empty : out.set(t),
                  f.isEmpty() ? empty : out.set(f),
                  fingerprint);
            }
          }
          return null;
        });
    return out.build();
  }

  private static List<String> values(SortedSetDocValues dv, int doc, Map<Long, String> names)
      throws IOException {
    if (!dv.advanceExact(doc)) {
      return List.of();
    }
    int count = dv.docValueCount();
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      long ord = dv.nextOrd();
      String name = names.get(ord);
      if (name == null) {
        name = dv.lookupOrd(ord).utf8ToString();
        names.put(ord, name);
      }
      out[i] = name;
    }
    return List.of(out);
  }

  /**
   * Loads items by {@link ItemSummary#doc()}, with their JSON when asked. Not thread-safe: one
   * loader per thread (each decompresses stored fields on its own).
   */
  public interface ItemLoader {
    /**
     * The item of {@code summary} with its stored classification (fingerprint from the summary).
     */
    IndexedItem item(ItemSummary summary);

    /** The item and its GitHub JSON. */
    Map.Entry<IndexedItem, String> itemWithJson(ItemSummary summary);

    /**
     * The comments with these document numbers (from {@link #commentDocIndex()}), in that order.
     */
    List<Comment> comments(int[] docs);

    /**
     * The term hits stored with the item ({@link IndexUpdate#put(Item, String,
     * io.devpulse.model.Classification, byte[])}), or null.
     */
    byte[] termHits(ItemSummary summary);
  }

  /** A new {@link ItemLoader} over this reader. */
  public ItemLoader loader() {
    Set<String> withJson = new HashSet<>(ItemDocuments.STORED_FIELDS);
    withJson.add(IndexFields.JSON);
    StoredFields stored = io(reader::storedFields);
    return new ItemLoader() {
      @Override
      public IndexedItem item(ItemSummary summary) {
        return io(
            () ->
                ItemDocuments.toIndexedItem(
                    stored.document(summary.doc(), ItemDocuments.STORED_FIELDS),
                    summary.fingerprint()));
      }

      @Override
      public List<Comment> comments(int[] docs) {
        return io(
            () -> {
              List<Comment> out = new ArrayList<>(docs.length);
              for (int doc : docs) {
                out.add(
                    CommentDocuments.toComment(
                        stored.document(doc, CommentDocuments.STORED_FIELDS)));
              }
              return out;
            });
      }

      @Override
      public Map.Entry<IndexedItem, String> itemWithJson(ItemSummary summary) {
        return io(
            () -> {
              Document doc = stored.document(summary.doc(), withJson);
              return Map.entry(
                  ItemDocuments.toIndexedItem(doc, summary.fingerprint()),
                  doc.get(IndexFields.JSON));
            });
      }

      // Doc values iterate forwards only: one iterator per leaf, opened again when asked for an
      // earlier doc.
      private final BinaryDocValues[] hits = new BinaryDocValues[reader.leaves().size()];
      private final int[] lastDoc = new int[hits.length];

      @Override
      public byte[] termHits(ItemSummary summary) {
        return io(
            () -> {
              List<LeafReaderContext> leaves = reader.leaves();
              int leaf = ReaderUtil.subIndex(summary.doc(), leaves);
              int doc = summary.doc() - leaves.get(leaf).docBase;
              if (hits[leaf] == null || doc < lastDoc[leaf]) {
                hits[leaf] = leaves.get(leaf).reader().getBinaryDocValues(IndexFields.TERM_HITS);
                if (hits[leaf] == null) {
                  return null;
                }
              }
              lastDoc[leaf] = doc;
              if (!hits[leaf].advanceExact(doc)) {
                return null;
              }
              BytesRef b = hits[leaf].binaryValue();
              return Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
            });
      }
    };
  }

  /** Documents of {@code type} whose stored fingerprint is not {@code fingerprint}. */
  private static Query notBy(String type, String fingerprint) {
    return new BooleanQuery.Builder()
        .add(IndexQueries.ofType(type), BooleanClause.Occur.FILTER)
        .add(
            new TermQuery(new Term(IndexFields.FINGERPRINT, IndexFields.fold(fingerprint))),
            BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * The rules' stored verdicts on accounts, as one policy (GitHub's type flag for accounts not
   * judged). Reads only the accounts judged bots (few: the documents that are both accounts and
   * flagged bots); whether an account was judged human is looked up by its key, and only for an
   * actor GitHub flags as a bot ({@link BotPolicy#of}). The policy reads this index: use it while
   * the index is open.
   */
  public BotPolicy botPolicy() {
    // Every account has a verdict, and building the policy from all of them was a third of a cold
    // 1M report (JFR); looking each actor up as a report meets it was slower still at 100k (the
    // awaiting-review list asks about thousands of reviewers). Humans GitHub calls humans need no
    // verdict.
    List<String> bots = new ArrayList<>();
    Term account = new Term(IndexFields.DOC_TYPE, IndexFields.TYPE_ACCOUNT);
    Term bot = new Term(IndexFields.BOT, Boolean.toString(true));
    io(
        () -> {
          for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader leafReader = leaf.reader();
            PostingsEnum accounts = leafReader.postings(account, PostingsEnum.NONE);
            PostingsEnum flagged = leafReader.postings(bot, PostingsEnum.NONE);
            if (accounts == null || flagged == null) {
              continue;
            }
            Bits live = leafReader.getLiveDocs();
            SortedDocValues login = DocValues.getSorted(leafReader, IndexFields.AUTHOR);
            DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(accounts, flagged));
            for (int doc = both.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = both.nextDoc()) {
              if ((live == null || live.get(doc)) && login.advanceExact(doc)) {
                bots.add(login.lookupOrd(login.ordValue()).utf8ToString());
              }
            }
          }
          return null;
        });
    return BotPolicy.of(bots, this::hasAccount);
  }

  /**
   * Whether a live account has this {@link BotPolicy#key}: its document is found by the entity key
   * of either spelling ({@code login}, {@code login[bot]}), then its login checked against the key.
   */
  private boolean hasAccount(String key) {
    return io(
        () -> {
          for (String login : List.of(key, key + "[bot]")) {
            BytesRef term = new BytesRef(AccountDocuments.key(login).text());
            for (LeafReaderContext leaf : reader.leaves()) {
              LeafReader leafReader = leaf.reader();
              TermsEnum terms = Terms.getTerms(leafReader, IndexFields.KEY).iterator();
              if (!terms.seekExact(term)) {
                continue;
              }
              PostingsEnum docs = terms.postings(null, PostingsEnum.NONE);
              Bits live = leafReader.getLiveDocs();
              SortedDocValues logins = DocValues.getSorted(leafReader, IndexFields.AUTHOR);
              for (int doc = docs.nextDoc();
                  doc != DocIdSetIterator.NO_MORE_DOCS;
                  doc = docs.nextDoc()) {
                if ((live == null || live.get(doc))
                    && logins.advanceExact(doc)
                    && BotPolicy.key(logins.lookupOrd(logins.ordValue()).utf8ToString())
                        .equals(key)) {
                  return true;
                }
              }
            }
          }
          return false;
        });
  }

  /** Every stored verdict by login as stored (for the stats' count of bots' comments). */
  private Map<String, Boolean> allVerdicts() {
    Map<String, Boolean> verdicts = new HashMap<>();
    eachDoc(
        IndexFields.TYPE_ACCOUNT,
        AccountFlags::open,
        (v, doc) -> {
          if (v.login().advanceExact(doc)) {
            verdicts.put(
                v.login().lookupOrd(v.login().ordValue()).utf8ToString(), v.bots().get(doc));
          }
        });
    return verdicts;
  }

  private record AccountFlags(SortedDocValues login, FixedBitSet bots) {
    static AccountFlags open(LeafReader leaf) throws IOException {
      FixedBitSet bots = new FixedBitSet(leaf.maxDoc());
      PostingsEnum verdicts =
          leaf.postings(new Term(IndexFields.BOT, Boolean.toString(true)), PostingsEnum.NONE);
      if (verdicts != null) {
        for (int d = verdicts.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = verdicts.nextDoc()) {
          bots.set(d);
        }
      }
      return new AccountFlags(DocValues.getSorted(leaf, IndexFields.AUTHOR), bots);
    }
  }

  /** The stored verdicts on accounts, in index order. */
  public List<AccountVerdict> accountVerdicts() {
    List<AccountVerdict> out = new ArrayList<>();
    eachDocument(
        IndexFields.TYPE_ACCOUNT,
        AccountDocuments.STORED_FIELDS,
        doc -> out.add(AccountDocuments.toVerdict(doc)));
    return out;
  }

  /** Every account that wrote an item, comment or review here, once each (by folded login). */
  public Collection<Actor> authors() {
    Map<String, Actor> authors = new TreeMap<>();
    for (String type :
        List.of(IndexFields.TYPE_ITEM, IndexFields.TYPE_COMMENT, IndexFields.TYPE_REVIEW)) {
      // From doc values, each (login, type) pair of a segment looked up once: stored fields would
      // mean
      // decompressing every item, comment and review.
      eachDoc(
          type,
          AuthorValues::open,
          (v, doc) -> {
            if (v.login().advanceExact(doc)
                && v.type().advanceExact(doc)
                && v.seen().add(((long) v.login().ordValue() << 32) | v.type().ordValue())) {
              String login = v.login().lookupOrd(v.login().ordValue()).utf8ToString();
              authors.putIfAbsent(
                  IndexFields.fold(login),
                  new Actor(
                      login,
                      ActorType.valueOf(v.type().lookupOrd(v.type().ordValue()).utf8ToString())));
            }
          });
    }
    return List.copyOf(authors.values());
  }

  private record AuthorValues(SortedDocValues login, SortedDocValues type, Set<Long> seen) {
    static AuthorValues open(LeafReader leaf) throws IOException {
      return new AuthorValues(
          DocValues.getSorted(leaf, IndexFields.AUTHOR),
          DocValues.getSorted(leaf, IndexFields.AUTHOR_TYPE),
          new HashSet<>());
    }
  }

  /**
   * How many account verdicts the rule set with this fingerprint did not make; when the index holds
   * documents but no verdict at all (written before accounts were judged), every author counts.
   */
  public long countAccountsNotJudgedBy(String fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    return io(
        () -> {
          if (searcher.count(IndexQueries.ofType(IndexFields.TYPE_ACCOUNT)) == 0
              && reader.numDocs() > 0) {
            return (long) authors().size();
          }
          return (long) searcher.count(notBy(IndexFields.TYPE_ACCOUNT, fingerprint));
        });
  }

  /** Streams every item, in index order, without its JSON. */
  public void forEachItem(Consumer<IndexedItem> action) {
    Objects.requireNonNull(action, "action");
    eachItemDocument(
        ItemDocuments.STORED_FIELDS,
        (doc, fp) -> action.accept(ItemDocuments.toIndexedItem(doc, fp)));
  }

  /** Streams every item with its JSON, in index order: for reclassifying and re-putting items. */
  public void forEachItemWithJson(BiConsumer<IndexedItem, String> action) {
    Objects.requireNonNull(action, "action");
    Set<String> fields = new HashSet<>(ItemDocuments.STORED_FIELDS);
    fields.add(IndexFields.JSON);
    eachItemDocument(
        fields,
        (doc, fp) ->
            action.accept(ItemDocuments.toIndexedItem(doc, fp), doc.get(IndexFields.JSON)));
  }

  /** Each live item document with its {@link IndexFields#RULES} doc value (or null). */
  private void eachItemDocument(Set<String> fields, BiConsumer<Document, String> action) {
    record Leaf(StoredFields stored, BinaryDocValues rules) {}
    eachDoc(
        IndexFields.TYPE_ITEM,
        leaf -> new Leaf(leaf.storedFields(), DocValues.getBinary(leaf, IndexFields.RULES)),
        (leaf, doc) -> {
          String fp =
              leaf.rules().advanceExact(doc) ? leaf.rules().binaryValue().utf8ToString() : null;
          action.accept(leaf.stored().document(doc, fields), fp);
        });
  }

  private interface LeafValues<T> {
    T open(LeafReader leaf) throws IOException;
  }

  private interface DocAction<T> {
    void accept(T values, int doc) throws IOException;
  }

  /** Each live item document of each leaf, with per-leaf values opened once. */
  private <T> void eachItemDoc(LeafValues<T> open, DocAction<T> action) {
    eachDoc(IndexFields.TYPE_ITEM, open, action);
  }

  /** Each live document of {@code type} with the stored {@code fields}. */
  private void eachDocument(String type, Set<String> fields, Consumer<Document> action) {
    eachDoc(
        type,
        LeafReader::storedFields,
        (stored, doc) -> action.accept(stored.document(doc, fields)));
  }

  /** Each live document of {@code type} in each leaf, with per-leaf values opened once. */
  private <T> void eachDoc(String type, LeafValues<T> open, DocAction<T> action) {
    Term ofType = new Term(IndexFields.DOC_TYPE, type);
    io(
        () -> {
          for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader leafReader = leaf.reader();
            PostingsEnum postings = leafReader.postings(ofType, PostingsEnum.NONE);
            if (postings == null) {
              continue;
            }
            Bits live = leafReader.getLiveDocs();
            T values = open.open(leafReader);
            for (int doc = postings.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = postings.nextDoc()) {
              if (live == null || live.get(doc)) {
                action.accept(values, doc);
              }
            }
          }
          return null;
        });
  }

  @Override
  public void close() {
    try {
      IOUtils.close(reader, directoryOrNull, owned);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }

  private interface IoCall<T> {
    T call() throws IOException;
  }

  private static <T> T io(IoCall<T> call) {
    try {
      return call.call();
    } catch (IOException e) {
      if (IndexStorageException.isDamage(e)) {
        throw IndexStorageException.damaged(null, e);
      }
      throw new UncheckedIOException("cannot read the index", e);
    }
  }
}
