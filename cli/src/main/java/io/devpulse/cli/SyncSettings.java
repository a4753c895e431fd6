package io.devpulse.cli;

import io.devpulse.github.GithubClient;
import io.devpulse.github.TokenSource;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How to reach GitHub and what to fetch — the options {@code sync} and {@code report --sync} share — and
 * the sync itself: items are classified by the rules, with history from what the index held before.
 */
final class SyncSettings {
  @Option(names = "--since", paramLabel = "TIME", converter = SyncConverters.Since.class,
      descriptionKey = "sync.since")
  Instant since;

  @Option(names = "--api-url", paramLabel = "URL", defaultValue = "https://api.github.com",
      descriptionKey = "sync.apiUrl")
  URI apiUrl;

  @Option(names = "--token-file", paramLabel = "FILE", descriptionKey = "sync.tokenFile")
  Path tokenFile;

  @Option(names = "--with-reviews", descriptionKey = "sync.withReviews")
  boolean withReviews;

  @Option(names = "--with-files", descriptionKey = "sync.withFiles")
  boolean withFiles;

  @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "15m",
      converter = SyncConverters.Wait.class, descriptionKey = "sync.maxWait")
  Duration maxWait;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
      converter = SyncConverters.Wait.class, descriptionKey = "sync.timeout")
  Duration timeout;

  /** Syncs {@code repositories} into {@code dir}; notes and progress go to {@code ctx.err()}. */
  SyncSummary sync(CliContext ctx, Path dir, List<Repository> repositories, CompiledRules rules)
      throws IOException {
    TokenSource token = tokenFile != null ? TokenSource.fromFile(tokenFile) : TokenSource.fromEnv(ctx.env());
    if (!token.isPresent()) {
      ctx.err().println(Messages.get("sync.anonymous"));
    }
    if (timeout.isZero()) {
      throw new UserErrorException(Messages.get("sync.badDuration", "--timeout", "0"));
    }
    SyncListener listener =
        Terminal.wantsProgress(ctx.env()) ? new SyncProgress(ctx.err()) : SyncListener.NONE;
    GithubClient.Builder builder;
    try {
      builder = GithubClient.builder(apiUrl);
    } catch (IllegalArgumentException e) {
      throw new UserErrorException("--api-url: " + e.getMessage());
    }
    try (GithubClient client = builder.token(token).maxWait(maxWait).timeout(timeout).listener(listener)
            .userAgent("devpulse/" + version()).build();
        HistoryIndex before = HistoryIndex.exists(dir) ? HistoryIndex.open(dir) : null;
        Classifier classifier = rules.newClassifier()) {
      History history = IndexHistory.of(before);
      return new Syncer(client, listener, item -> classifier.classify(item, history),
          rules.fingerprint(), Clock.systemUTC())
          .sync(dir, repositories, new SyncOptions(since, withReviews, withFiles));
    }
  }

  static void printSummary(PrintStream out, Path dir, SyncSummary s) {
    out.println(Messages.get("sync.summary", String.valueOf(s.repositories()), dir,
        String.valueOf(s.items()), String.valueOf(s.added()), String.valueOf(s.updated()),
        String.valueOf(s.unchanged()), String.valueOf(s.comments()), String.valueOf(s.reviews()),
        String.valueOf(s.requests()), String.valueOf(s.notModified()), GithubClient.human(s.elapsed())));
  }

  private static String version() {
    String[] v = new VersionProvider().getVersion();
    return v.length == 0 ? "dev" : v[0].replaceAll("^\\D*", "").split("\\s")[0];
  }
}
