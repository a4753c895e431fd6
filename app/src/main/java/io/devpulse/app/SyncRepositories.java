package io.devpulse.app;

import io.devpulse.app.internal.Messages;
import io.devpulse.classify.BatchClassification;
import io.devpulse.classify.Engine;
import io.devpulse.classify.Pack;
import io.devpulse.github.Durations;
import io.devpulse.github.GithubClient;
import io.devpulse.github.TokenSource;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.PutResult;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches what changed on GitHub since the last sync into the index, resumably (see {@link
 * Syncer}): items classified by the rules in creation order with their history ({@link
 * BatchClassification}, settled before each page's commit); authors judged.
 */
public final class SyncRepositories {
  private final Devpulse app;

  public SyncRepositories(Devpulse app) {
    this.app = app;
  }

  /**
   * @param listener hears progress (it is also the HTTP client's listener) and the anonymous-access
   *     note
   */
  public record Request(
      Path indexDir,
      List<Repository> repositories,
      Pack pack,
      GithubConnection connection,
      SyncOptions options,
      SyncListener listener) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      repositories = List.copyOf(repositories);
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(connection, "connection");
      Objects.requireNonNull(options, "options");
      Objects.requireNonNull(listener, "listener");
    }
  }

  /**
   * What one sync did.
   *
   * @param repositories repositories synced
   * @param added items the index did not hold
   * @param updated items stored in a newer version
   * @param unchanged items read again but not newer than what was stored (GitHub's {@code since} is
   *     inclusive, so the last second before the checkpoint is read again)
   * @param comments comments stored new or changed
   * @param reviews reviews the index did not hold
   * @param requests HTTP requests, retries and 304s included
   * @param notModified requests answered 304 Not Modified (free of rate limit)
   * @param elapsed wall time
   */
  public record Result(
      int repositories,
      long added,
      long updated,
      long unchanged,
      long comments,
      long reviews,
      int requests,
      int notModified,
      Duration elapsed,
      long releases) {

    /** What a sync without releases did. */
    public Result(
        int repositories,
        long added,
        long updated,
        long unchanged,
        long comments,
        long reviews,
        int requests,
        int notModified,
        Duration elapsed) {
      this(
          repositories,
          added,
          updated,
          unchanged,
          comments,
          reviews,
          requests,
          notModified,
          elapsed,
          0);
    }

    public long items() {
      return added + updated + unchanged;
    }
  }

  public Result run(Request request) throws IOException {
    GithubConnection c = request.connection();
    SyncListener listener = request.listener();
    TokenSource token = c.token();
    app.secrets()
        .add(token); // whatever a report or page of this process writes, the token is not in it
    if (!token.isPresent()) {
      listener.anonymous();
    }
    if (c.timeout().isZero() || c.timeout().isNegative()) {
      throw new UserErrorException(Messages.get("sync.badTimeout", Durations.human(c.timeout())));
    }
    GithubClient.Builder builder;
    try {
      builder = GithubClient.builder(c.apiUrl());
    } catch (IllegalArgumentException e) {
      throw new UserErrorException(Messages.get("sync.badApiUrl", e.getMessage()));
    }
    Engine engine = app.rules().engine(request.pack());
    Path dir = request.indexDir();
    try (GithubClient client =
            builder
                .token(token)
                .maxWait(c.maxWait())
                .timeout(c.timeout())
                .listener(listener)
                .userAgent(c.userAgent())
                .build();
        BatchClassification classification = engine.batch()) {
      Syncer.ItemStore store =
          new Syncer.ItemStore() {
            @Override
            public PutResult put(IndexUpdate update, Item item, String json) {
              return classification.put(update, item, json);
            }

            @Override
            public PutResult putComment(IndexUpdate update, Comment comment, String json) {
              return classification.putComment(update, comment, json);
            }

            @Override
            public Map<String, String> beforeCommit(IndexUpdate update) {
              classification.settle(update);
              return engine.commitData();
            }
          };
      return new Syncer(
              client, listener, store, engine.fingerprint(), engine.accountJudge(), app.clock())
          .sync(dir, request.repositories(), request.options());
    }
  }
}
