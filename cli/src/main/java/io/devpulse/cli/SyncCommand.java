package io.devpulse.cli;

import io.devpulse.github.GithubClient;
import io.devpulse.index.HistoryIndex;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.github.TokenSource;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code devpulse sync}: what changed on GitHub since the last sync, into the index. */
@Command(name = "sync", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
final class SyncCommand implements Callable<Integer> {
  @ParentCommand DevpulseCommand root;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "sync.repo")
  List<Repository> repos = new ArrayList<>();

  @Option(names = "--repos-file", paramLabel = "FILE", descriptionKey = "sync.reposFile")
  Path reposFile;

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

  @Option(names = "--verbose", descriptionKey = "option.verbose")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    CliContext ctx = root.context();
    List<Repository> repositories = RepositoryList.of(repos, reposFile);
    TokenSource token = tokenFile != null ? TokenSource.fromFile(tokenFile) : TokenSource.fromEnv(ctx.env());
    if (!token.isPresent()) {
      ctx.err().println(Messages.get("sync.anonymous"));
    }
    if (timeout.isZero()) {
      throw new UserErrorException(Messages.get("sync.badDuration", "--timeout", "0"));
    }
    SyncListener listener = Terminal.wantsProgress(ctx.env()) ? new SyncProgress(ctx.err()) : SyncListener.NONE;
    GithubClient.Builder builder;
    try {
      builder = GithubClient.builder(apiUrl);
    } catch (IllegalArgumentException e) {
      throw new UserErrorException("--api-url: " + e.getMessage());
    }
    Path dir = index.resolve(ctx.env());
    try (GithubClient client = builder.token(token).maxWait(maxWait).timeout(timeout).listener(listener)
        .userAgent("devpulse/" + version()).build()) {
      CompiledRules compiled = rules.compile(ctx.env());
      SyncSummary s;
      // History is what the index held before this sync, as for an import.
      try (HistoryIndex before = HistoryIndex.exists(dir) ? HistoryIndex.open(dir) : null;
          Classifier classifier = compiled.newClassifier()) {
        History history = IndexHistory.of(before);
        s = new Syncer(client, listener, item -> classifier.classify(item, history),
            compiled.fingerprint(), Clock.systemUTC())
            .sync(dir, repositories, new SyncOptions(since, withReviews, withFiles));
      }
      ctx.out().println(Messages.get("sync.summary", String.valueOf(s.repositories()), dir,
          String.valueOf(s.items()), String.valueOf(s.added()), String.valueOf(s.updated()),
          String.valueOf(s.unchanged()), String.valueOf(s.comments()), String.valueOf(s.reviews()),
          String.valueOf(s.requests()), String.valueOf(s.notModified()), GithubClient.human(s.elapsed())));
    }
    return ExitCode.OK;
  }

  private static String version() {
    try {
      String[] v = new VersionProvider().getVersion();
      return v.length == 0 ? "dev" : v[0].replaceAll("^\\D*", "").split("\\s")[0];
    } catch (Exception e) {
      return "dev";
    }
  }
}
