package io.devpulse.cli.option;

import io.devpulse.app.GithubConnection;
import io.devpulse.app.SyncOptions;
import io.devpulse.app.SyncRepositories;
import io.devpulse.classify.Pack;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.common.VersionProvider;
import io.devpulse.cli.output.SyncProgress;
import io.devpulse.cli.output.Terminal;
import io.devpulse.github.Durations;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How to reach GitHub and what to fetch — the options {@code sync} and {@code report --sync} share
 * — turned into a {@link SyncRepositories} request.
 */
public final class SyncSettings {
  @Option(
      names = "--since",
      paramLabel = "TIME",
      converter = SyncConverters.Since.class,
      descriptionKey = "sync.since")
  Instant since;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      defaultValue = "https://api.github.com",
      descriptionKey = "sync.apiUrl")
  URI apiUrl;

  @Option(names = "--token-file", paramLabel = "FILE", descriptionKey = "sync.tokenFile")
  Path tokenFile;

  @Option(names = "--with-reviews", descriptionKey = "sync.withReviews")
  boolean withReviews;

  @Option(names = "--with-files", descriptionKey = "sync.withFiles")
  boolean withFiles;

  @Option(names = "--with-releases", descriptionKey = "sync.withReleases")
  boolean withReleases;

  @Option(
      names = "--max-wait",
      paramLabel = "DURATION",
      defaultValue = "15m",
      converter = SyncConverters.Wait.class,
      descriptionKey = "sync.maxWait")
  Duration maxWait;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30s",
      converter = SyncConverters.Wait.class,
      descriptionKey = "sync.timeout")
  Duration timeout;

  /**
   * Syncs {@code repositories} into {@code dir} with the rules of {@code pack}; the
   * anonymous-access note and progress (on a terminal) go to {@code ctx.err()}.
   */
  public SyncRepositories.Result sync(
      CliContext ctx, Path dir, List<Repository> repositories, Pack pack) throws IOException {
    if (timeout.isZero()) {
      throw new UserErrorException(Messages.get("sync.badDuration", "--timeout", "0"));
    }
    GithubConnection connection =
        new GithubConnection(
            apiUrl, tokenFile, ctx.env(), maxWait, timeout, "devpulse/" + version());
    if (connection.sendsTokenInTheClear()) {
      ctx.err().println(Messages.get("sync.plainHttp", connection.displayApiUrl()));
    }
    return new SyncRepositories(ctx.app())
        .run(
            new SyncRepositories.Request(
                dir,
                repositories,
                pack,
                connection,
                new SyncOptions(since, withReviews, withFiles, withReleases),
                new SyncProgress(ctx.err(), Terminal.wantsProgress(ctx.env()))));
  }

  public static void printSummary(PrintStream out, Path dir, SyncRepositories.Result s) {
    out.println(
        Messages.get(
            "sync.summary",
            s.repositories(),
            dir,
            s.items(),
            s.added(),
            s.updated(),
            s.unchanged(),
            s.comments(),
            s.reviews(),
            s.requests(),
            s.notModified(),
            Durations.human(s.elapsed())));
    if (s.releases() > 0) {
      out.println(Messages.get("sync.releases", s.releases()));
    }
  }

  private static String version() {
    String[] v = new VersionProvider().getVersion();
    return v.length == 0 ? "dev" : v[0].replaceAll("^\\D*", "").split("\\s")[0];
  }
}
