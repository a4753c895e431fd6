package io.devpulse.app;

import io.devpulse.app.internal.AccountJudge;
import io.devpulse.app.internal.IndexHistory;
import io.devpulse.app.internal.Messages;
import io.devpulse.github.GithubClient;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.rules.RulePack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Fetches what changed on GitHub since the last sync into the index, resumably (see {@link Syncer}):
 * items classified by the rules, with history from what the index held before; authors judged.
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
        HistoryIndex before = HistoryIndex.exists(dir) ? HistoryIndex.open(dir) : null;
        Classifier classifier = rules.newClassifier()) {
      History history = IndexHistory.of(before);
      return new Syncer(client, listener, item -> classifier.classify(item, history),
          rules.fingerprint(), new AccountJudge(classifier, rules.fingerprint()), app.clock())
          .sync(dir, request.repositories(), request.options());
    }
  }
}
