package io.devpulse.app;

import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.classify.AccountJudge;
import io.devpulse.classify.CommitKeys;
import io.devpulse.github.ApiPage;
import io.devpulse.github.BadInputException;
import io.devpulse.github.GithubClient;
import io.devpulse.github.GithubEndpoints;
import io.devpulse.github.PageWalk;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.RateLimitWaitException;
import io.devpulse.github.ReadOptions;
import io.devpulse.github.RecordType;
import io.devpulse.github.SyncCheckpoint;
import io.devpulse.github.SyncStream;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.PutResult;
import io.devpulse.model.Actor;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Coverage;
import io.devpulse.model.Item;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import io.devpulse.model.Review;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Fetches what changed on GitHub into the index, resumably: for each repository, the issues stream
 * (issues and pull requests, with their reviews and changed files when asked) and then the comments
 * stream, page by page in order of update time. Each page is read whole, then stored and committed
 * with the stream's new {@link SyncCheckpoint} in the commit user data, so the index holds a page's
 * documents and the checkpoint that covers them, or neither: a sync stopped at any moment starts
 * again at the last committed page, and re-reading records already stored changes nothing (puts are
 * upserts).
 *
 * <p>Items pass the classifier before they are stored ({@code item -> null}, no classification,
 * until the rules are plugged in). Callable from code (e.g. {@code report --sync}); not
 * thread-safe.
 */
final class Syncer {
  private final GithubClient client;
  private final SyncListener listener;
  private final ItemStore store;
  private final String rulesFingerprint;
  private final Clock clock;
  private final AccountJudge accounts;

  private long added;
  private long updated;
  private long unchanged;
  private long comments;
  private long reviews;
  private long releases;

  /**
   * @param client the GitHub client (its own listener should be the same {@code listener} for
   *     progress)
   * @param classifier gives an item's classification before it is stored, or null for none
   * @param rulesFingerprint the fingerprint of the rules behind {@code classifier}, recorded with
   *     each commit; null when there are none
   */
  Syncer(
      GithubClient client,
      SyncListener listener,
      Function<Item, Classification> classifier,
      String rulesFingerprint,
      Clock clock) {
    this(client, listener, ItemStore.of(classifier), rulesFingerprint, null, clock);
  }

  /**
   * @param store classifies and puts each item, and settles the page's classification before its
   *     commit
   * @param accountsOrNull judges the authors of each page before it is committed; null for none
   */
  Syncer(
      GithubClient client,
      SyncListener listener,
      ItemStore store,
      String rulesFingerprint,
      AccountJudge accountsOrNull,
      Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.store = Objects.requireNonNull(store, "store");
    this.rulesFingerprint = rulesFingerprint;
    this.accounts = accountsOrNull;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Syncs {@code repositories} into the index in {@code indexDir} (created if needed).
   *
   * @throws UserErrorException for a rejected token, a missing repository, a rate limit that
   *     outlasts the maximum wait, a server that keeps failing ({@link
   *     io.devpulse.github.GithubApiException}) or a bad page ({@link BadInputException});
   *     everything committed before stays, with its checkpoint
   */
  SyncRepositories.Result sync(Path indexDir, List<Repository> repositories, SyncOptions options)
      throws IOException {
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(options, "options");
    if (repositories.isEmpty()) {
      throw new IllegalArgumentException("repositories must not be empty");
    }
    long start = clock.millis();
    int requestsBefore = client.requests();
    int notModifiedBefore = client.notModifiedResponses();
    try (IndexUpdate update = IndexUpdate.open(indexDir)) {
      Map<String, String> commitData = commitData(indexDir);
      for (Repository repository : repositories) {
        for (SyncStream stream : SyncStream.values()) {
          if (stream != SyncStream.RELEASES || options.withReleases()) {
            syncStream(update, commitData, repository, stream, options);
          }
        }
      }
    }
    return new SyncRepositories.Result(
        repositories.size(),
        added,
        updated,
        unchanged,
        comments,
        reviews,
        client.requests() - requestsBefore,
        client.notModifiedResponses() - notModifiedBefore,
        Duration.ofMillis(Math.max(0, clock.millis() - start)),
        releases);
  }

  /** The last commit's user data; empty for a new index. Read while holding the write lock. */
  private static Map<String, String> commitData(Path indexDir) {
    try (HistoryIndex index = HistoryIndex.open(indexDir)) {
      return new HashMap<>(index.commitData());
    } catch (UserErrorException noIndexYet) {
      return new HashMap<>();
    }
  }

  private void syncStream(
      IndexUpdate update,
      Map<String, String> commitData,
      Repository repository,
      SyncStream stream,
      SyncOptions options)
      throws IOException {
    SyncCheckpoint checkpoint = SyncCheckpoint.read(commitData, repository, stream);
    // Releases are listed whole: a finished listing holds every release from the beginning.
    Instant since =
        stream == SyncStream.RELEASES
            ? null
            : options.sinceOrNull() != null ? options.sinceOrNull() : checkpoint.updatedThrough();
    List<Coverage.Stream> covered = coveredStreams(stream, options);
    CoverageLedger ledger = CoverageLedger.read(commitData);
    // Everything updated before the listing is asked for is in it: the span a finished sync proves.
    Instant listedAt = clock.instant();
    ledger.syncStarted(repository, covered, since, listedAt);
    listener.streamStarted(repository, stream, since);
    try {
      // Read to the end, or unchanged since the last complete read (304): either way complete.
      readListing(update, commitData, ledger, repository, stream, since, checkpoint, options);
      ledger.syncCompleted(repository, covered, listedAt, clock.instant());
    } catch (RateLimitWaitException e) {
      commitStop(update, commitData, ledger, repository, covered, CoverageLedger.Stop.RATE_LIMIT);
      throw e;
    } catch (IOException | RuntimeException e) {
      commitStop(update, commitData, ledger, repository, covered, CoverageLedger.Stop.ERROR);
      throw e;
    }
    commit(update, commitData, ledger.toUserData());
  }

  /**
   * The coverage streams one listing fills: items (with their reviews and files when asked), or
   * comments.
   */
  private static List<Coverage.Stream> coveredStreams(SyncStream stream, SyncOptions options) {
    if (stream == SyncStream.COMMENTS) {
      return List.of(Coverage.Stream.COMMENTS);
    }
    if (stream == SyncStream.RELEASES) {
      return List.of(Coverage.Stream.RELEASES);
    }
    List<Coverage.Stream> streams = new ArrayList<>(List.of(Coverage.Stream.ITEMS));
    if (options.withReviews()) {
      streams.add(Coverage.Stream.REVIEWS);
    }
    if (options.withFiles()) {
      streams.add(Coverage.Stream.FILES);
    }
    return streams;
  }

  /** Records why the sync stopped, with whatever is already stored; the stop itself stands. */
  private void commitStop(
      IndexUpdate update,
      Map<String, String> commitData,
      CoverageLedger ledger,
      Repository repository,
      List<Coverage.Stream> covered,
      CoverageLedger.Stop why) {
    ledger.syncStopped(repository, covered, why, clock.instant());
    try {
      commit(update, commitData, ledger.toUserData());
    } catch (RuntimeException alsoFailed) {
      // The index could not take even this: the stop's own error is what the user needs to see.
    }
  }

  private void commit(
      IndexUpdate update, Map<String, String> commitData, Map<String, String> data) {
    update.commit(data);
    commitData.putAll(data);
  }

  /**
   * Reads the listing page by page, committing each with its checkpoint (and the coverage so far),
   * or stops at once when GitHub says nothing changed since the last complete read (304).
   */
  private void readListing(
      IndexUpdate update,
      Map<String, String> commitData,
      CoverageLedger ledger,
      Repository repository,
      SyncStream stream,
      Instant since,
      SyncCheckpoint checkpoint,
      SyncOptions options)
      throws IOException {
    String firstUrl =
        client
            .resolve(
                switch (stream) {
                  case ISSUES -> GithubEndpoints.issues(repository, since);
                  case COMMENTS -> GithubEndpoints.issueComments(repository, since);
                  case RELEASES -> GithubEndpoints.releases(repository);
                })
            .toString();
    // One walk per listing: a next link back to a page already read, or a listing without end,
    // stops.
    PageWalk walk = new PageWalk();
    URI url = walk.first(URI.create(firstUrl));
    for (int pageNumber = 1; url != null; pageNumber++) {
      boolean first = pageNumber == 1;
      ApiPage page = client.get(url, first ? checkpoint.etagFor(firstUrl).orElse(null) : null);
      if (page.notModified()) {
        listener.notModified(repository, stream);
        return;
      }
      List<ParsedRecord> records = page.readRecords(readOptions(repository, stream));
      Instant newest =
          switch (stream) {
            case ISSUES -> storeItems(update, repository, records, since, options);
            case COMMENTS -> storeComments(update, records, since);
            case RELEASES -> storeReleases(update, records);
          };
      checkpoint = checkpoint.advancedTo(newest);
      // An ETag is worth keeping only when this response was the whole stream: a 304 then means
      // "nothing new".
      checkpoint =
          first && page.next().isEmpty()
              ? checkpoint.withEtag(firstUrl, page.etag().orElse(null))
              : checkpoint.withEtag(null, null);
      Map<String, String> data = new HashMap<>(checkpoint.toUserData(repository, stream));
      data.put(CommitKeys.LAST_SYNC, clock.instant().toString());
      if (rulesFingerprint != null) {
        data.put(CommitKeys.RULES_FINGERPRINT, rulesFingerprint);
      }
      // The page commits with the stream marked "interrupted" until the listing ends: a kill proves
      // nothing.
      data.putAll(ledger.toUserData());
      data.putAll(store.beforeCommit(update));
      if (accounts != null) {
        accounts.storeIn(update);
      }
      commit(update, commitData, data);
      listener.pageStored(repository, stream, pageNumber, records.size(), checkpoint);
      url = walk.next(page).orElse(null);
    }
  }

  private static ReadOptions readOptions(Repository repository, SyncStream stream) {
    return ReadOptions.defaults()
        .onlyRepository(repository)
        .withForcedType(
            switch (stream) {
              case ISSUES -> RecordType.ISSUE;
              case COMMENTS -> RecordType.COMMENT;
              case RELEASES -> RecordType.RELEASE;
            });
  }

  /** Stores a page of items (with reviews and files); returns the newest update time among them. */
  private Instant storeItems(
      IndexUpdate update,
      Repository repository,
      List<ParsedRecord> records,
      Instant since,
      SyncOptions options)
      throws IOException {
    // Fetch everything the page needs before storing any of it, so a failure stores nothing of the
    // page.
    List<Item> items = new ArrayList<>(records.size());
    List<ParsedRecord> pageReviews = new ArrayList<>();
    Instant newest = null;
    for (ParsedRecord record : records) {
      Item item = (Item) record.entity();
      if (item.isPullRequest() && options.withReviews()) {
        pageReviews.addAll(
            readAll(
                GithubEndpoints.reviews(repository, item.number()),
                ReadOptions.defaults()
                    .onlyRepository(repository)
                    .withForcedType(RecordType.REVIEW)));
      }
      if (item.isPullRequest() && options.withFiles()) {
        item = item.toBuilder().changedFiles(changedFiles(repository, item.number())).build();
      }
      items.add(item);
      newest = newest == null || item.updatedAt().isAfter(newest) ? item.updatedAt() : newest;
    }
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      see(item.author());
      PutResult result = store.put(update, item, records.get(i).json());
      if (result == PutResult.ADDED) {
        added++;
      } else if (result == PutResult.KEPT_NEWER || rereads(item.updatedAt(), since)) {
        unchanged++;
      } else {
        updated++;
      }
    }
    for (ParsedRecord review : pageReviews) {
      see(((Review) review.entity()).author());
      if (update.put(review.entity(), review.json()) == PutResult.ADDED) {
        reviews++;
      }
    }
    return newest;
  }

  private Instant storeComments(IndexUpdate update, List<ParsedRecord> records, Instant since) {
    Instant newest = null;
    for (ParsedRecord record : records) {
      Comment comment = (Comment) record.entity();
      see(comment.author());
      PutResult result = store.putComment(update, comment, record.json());
      if (result == PutResult.ADDED
          || (result == PutResult.REPLACED && !rereads(comment.updatedAt(), since))) {
        comments++;
      }
      newest = newest == null || comment.updatedAt().isAfter(newest) ? comment.updatedAt() : newest;
    }
    return newest;
  }

  /** Stores a page of releases; returns the newest publication time among them. */
  private Instant storeReleases(IndexUpdate update, List<ParsedRecord> records) {
    Instant newest = null;
    for (ParsedRecord record : records) {
      Release release = (Release) record.entity();
      if (update.put(release, record.json()) == PutResult.ADDED) {
        releases++;
      }
      newest = newest == null || release.updatedAt().isAfter(newest) ? release.updatedAt() : newest;
    }
    return newest;
  }

  private void see(Actor author) {
    if (accounts != null) {
      accounts.see(author);
    }
  }

  /** How items are classified and put, and their classification settled before each commit. */
  interface ItemStore {
    PutResult put(IndexUpdate update, Item item, String json);

    /**
     * Puts a comment; a store that classifies classifies its item again before the commit (its
     * engagement changed).
     */
    default PutResult putComment(IndexUpdate update, Comment comment, String json) {
      return update.put(comment, json);
    }

    /** Settles the page's classification; returns commit data to record with it. */
    Map<String, String> beforeCommit(IndexUpdate update);

    /** Puts each item with {@code classifier}'s classification; nothing to settle. */
    static ItemStore of(Function<Item, Classification> classifier) {
      Objects.requireNonNull(classifier, "classifier");
      return new ItemStore() {
        @Override
        public PutResult put(IndexUpdate update, Item item, String json) {
          return update.put(item, json, classifier.apply(item));
        }

        @Override
        public Map<String, String> beforeCommit(IndexUpdate update) {
          return Map.of();
        }
      };
    }
  }

  /**
   * A record no newer than {@code since} was stored before: GitHub's {@code since} is inclusive.
   */
  private static boolean rereads(Instant updatedAt, Instant since) {
    return since != null && !updatedAt.isAfter(since);
  }

  /** Every record of a paginated list. */
  private List<ParsedRecord> readAll(String pathAndQuery, ReadOptions options) throws IOException {
    List<ParsedRecord> all = new ArrayList<>();
    PageWalk walk = new PageWalk();
    for (URI url = walk.first(client.resolve(pathAndQuery)); url != null; ) {
      ApiPage page = client.get(url, null);
      all.addAll(page.readRecords(options));
      url = walk.next(page).orElse(null);
    }
    return all;
  }

  private List<String> changedFiles(Repository repository, int number) throws IOException {
    List<String> files = new ArrayList<>();
    PageWalk walk = new PageWalk();
    for (URI url = walk.first(client.resolve(GithubEndpoints.files(repository, number)));
        url != null; ) {
      ApiPage page = client.get(url, null);
      files.addAll(page.readFilenames());
      url = walk.next(page).orElse(null);
    }
    return files;
  }
}
