package io.devpulse.app;

import io.devpulse.classify.AccountJudge;
import io.devpulse.classify.BatchClassification;
import io.devpulse.classify.RulesCommitData;
import io.devpulse.app.internal.Messages;
import io.devpulse.github.GithubClient;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.PutResult;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.RulePack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fetches what changed on GitHub since the last sync into the index, resumably (see {@link Syncer}):
 * items classified by the rules in creation order with their history ({@link BatchClassification}, settled
 * before each page's commit); authors judged.
 */
public final class SyncRepositories {
  private final Devpulse app;

  public SyncRepositories(Devpulse app) {
    this.app = app;
  }

  public record Request(Path indexDir, List<Repository> repositories, RulePack pack,
      GithubConnection connection, SyncOptions options) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      repositories = List.copyOf(repositories);
      Objects.requireNonNull(pack, "pack");
      Objects.requireNonNull(connection, "connection");
      Objects.requireNonNull(options, "options");
    }
  }

  /** Syncs; progress goes to {@code listener} (also the HTTP client's listener). */
  public SyncSummary run(Request request, SyncListener listener) throws IOException {
    GithubConnection c = request.connection();
    if (c.timeout().isZero() || c.timeout().isNegative()) {
      throw new UserErrorException(Messages.get("sync.badTimeout", GithubClient.human(c.timeout())));
    }
    GithubClient.Builder builder;
    try {
      builder = GithubClient.builder(c.apiUrl());
    } catch (IllegalArgumentException e) {
      throw new UserErrorException(Messages.get("sync.badApiUrl", e.getMessage()));
    }
    CompiledRules rules = app.rules().compile(request.pack());
    Path dir = request.indexDir();
    try (GithubClient client = builder.token(c.token()).maxWait(c.maxWait()).timeout(c.timeout())
            .listener(listener).userAgent(c.userAgent()).build();
        BatchClassification classification = new BatchClassification(rules)) {
      Syncer.ItemStore store = new Syncer.ItemStore() {
        @Override
        public PutResult put(IndexUpdate update, Item item, String json) {
          return classification.put(update, item, json);
        }

        @Override
        public Map<String, String> beforeCommit(IndexUpdate update) {
          classification.settle(update);
          return RulesCommitData.of(rules);
        }
      };
      return new Syncer(client, listener, store,
          rules.fingerprint(), new AccountJudge(rules), app.clock())
          .sync(dir, request.repositories(), request.options());
    }
  }
}
