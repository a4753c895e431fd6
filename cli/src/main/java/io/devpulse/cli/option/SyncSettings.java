package io.devpulse.cli.option;

import io.devpulse.app.Durations;
import io.devpulse.app.GithubConnection;
import io.devpulse.app.SyncListener;
import io.devpulse.app.SyncOptions;
import io.devpulse.app.SyncRepositories;
import io.devpulse.app.SyncSummary;
import io.devpulse.cli.CliContext;
import io.devpulse.cli.Messages;
import io.devpulse.cli.VersionProvider;
import io.devpulse.cli.output.SyncProgress;
import io.devpulse.cli.output.Terminal;
import io.devpulse.github.TokenSource;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.rules.RulePack;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How to reach GitHub and what to fetch — the options {@code sync} and {@code report --sync} share —
 * turned into a {@link SyncRepositories} request.
 */
public final class SyncSettings {
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

  /**
   * Syncs {@code repositories} into {@code dir} with the rules of {@code pack}; the anonymous-access note
   * and progress (on a terminal) go to {@code ctx.err()}.
   */
  public SyncSummary sync(CliContext ctx, Path dir, List<Repository> repositories, RulePack pack)
      throws IOException {
    TokenSource token = tokenFile != null ? TokenSource.fromFile(tokenFile) : TokenSource.fromEnv(ctx.env());
    ctx.app().secrets().add(token);
    if (!token.isPresent()) {
      ctx.err().println(Messages.get("sync.anonymous"));
    }
    if (timeout.isZero()) {
      throw new UserErrorException(Messages.get("sync.badDuration", "--timeout", "0"));
    }
    SyncListener listener =
        Terminal.wantsProgress(ctx.env()) ? new SyncProgress(ctx.err()) : SyncListener.NONE;
    GithubConnection connection =
        new GithubConnection(apiUrl, token, maxWait, timeout, "devpulse/" + version());
    if (connection.sendsTokenInTheClear()) {
      ctx.err().println(Messages.get("sync.plainHttp", connection.displayApiUrl()));
    }
    return new SyncRepositories(ctx.app()).run(new SyncRepositories.Request(dir, repositories, pack,
        connection, new SyncOptions(since, withReviews, withFiles)), listener);
  }

  public static void printSummary(PrintStream out, Path dir, SyncSummary s) {
    out.println(Messages.get("sync.summary", String.valueOf(s.repositories()), dir,
        String.valueOf(s.items()), String.valueOf(s.added()), String.valueOf(s.updated()),
        String.valueOf(s.unchanged()), String.valueOf(s.comments()), String.valueOf(s.reviews()),
        String.valueOf(s.requests()), String.valueOf(s.notModified()), Durations.human(s.elapsed())));
  }

  private static String version() {
    String[] v = new VersionProvider().getVersion();
    return v.length == 0 ? "dev" : v[0].replaceAll("^\\D*", "").split("\\s")[0];
  }
}
