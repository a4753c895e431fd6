package io.devpulse.report;

import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import io.devpulse.model.Window;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What the user asked of one report: what to report on ({@link #repositories}, {@link #window}),
 * how far back trends look ({@link #trendWindows}) and how to write it ({@link #zone}, {@link
 * #language}, {@link #format}, {@link #templatesDir}). Start from {@link #of} and change what the
 * command line gives with the {@code with} methods. What the report is judged against — bots, the
 * focus topic, coverage — is derived by the application, in a {@link ReportContext} beside it.
 *
 * @param repositories the repositories reported on, at least one, no duplicates: one gives the
 *     report of that repository; several give a roll-up (every section over all of them, each item
 *     labelled with its repository, the stats line broken down per repository)
 * @param projectName the name in titles ({@code vLLM}); defaults to the repository's name, for a
 *     roll-up to the repositories' full names joined by {@code " + "}
 * @param zone the display zone of times (the window line, the appendix); the analysis period is UTC
 * @param templatesDir a directory whose templates and message files override the built-in ones, or
 *     null
 * @param trendWindows how many earlier windows of the same length the trends compare with (0 for
 *     none)
 * @param reviewWait how long a pull request may wait for its first human review before the
 *     needs-attention section lists it; null unless told ({@code --review-wait}): then the rule
 *     pack's ({@link ReportContext#reviewWait()})
 */
public record ReportRequest(
    List<Repository> repositories,
    Window window,
    String projectName,
    ZoneId zone,
    ReportLanguage language,
    ReportFormat format,
    Path templatesDir,
    int trendWindows,
    Duration reviewWait) {

  /** How many earlier windows trends compare with unless told otherwise. */
  public static final int DEFAULT_TREND_WINDOWS = 4;

  /**
   * How long a pull request may wait for its first human review before the needs-attention section
   * lists it when neither {@code --review-wait} nor the rule pack ({@code attention.review-wait})
   * says: two days, a working day's answer with a day of slack.
   */
  public static final Duration DEFAULT_REVIEW_WAIT = Duration.ofHours(48);

  /** The longest review wait an option or a pack may set. */
  public static final Duration MAX_REVIEW_WAIT = Duration.ofDays(3650);

  /** A report over the request's values without a review wait of its own: the rule pack's. */
  public ReportRequest(
      List<Repository> repositories,
      Window window,
      String projectName,
      ZoneId zone,
      ReportLanguage language,
      ReportFormat format,
      Path templatesDir,
      int trendWindows) {
    this(
        repositories,
        window,
        projectName,
        zone,
        language,
        format,
        templatesDir,
        trendWindows,
        null);
  }

  public ReportRequest {
    repositories = List.copyOf(repositories);
    if (repositories.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one repository");
    }
    if (new java.util.HashSet<>(repositories).size() != repositories.size()) {
      throw new UserErrorException("repositories " + repositories + " list one twice");
    }
    Objects.requireNonNull(window, "window");
    projectName =
        projectName != null && !projectName.isBlank()
            ? projectName.strip()
            : defaultName(repositories);
    // A user's value: a one-line error (exit 1) that does not print the control characters back.
    if (projectName.chars().anyMatch(Character::isISOControl)) {
      throw new UserErrorException("--project must be one line of text without control characters");
    }
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(format, "format");
    if (trendWindows < 0 || trendWindows > 520) {
      throw new UserErrorException(
          "--trend-windows (" + trendWindows + ") must be between 0 and 520");
    }
    if (reviewWait != null
        && (reviewWait.isNegative() || reviewWait.compareTo(MAX_REVIEW_WAIT) > 0)) {
      throw new UserErrorException(
          "--review-wait (" + reviewWait.toHours() + "h) must be between 0 and 3650 days");
    }
  }

  /** A Markdown report in Chinese, times in UTC, trends over 4 earlier windows. */
  public static ReportRequest of(Repository repository, Window window) {
    return of(List.of(repository), window);
  }

  /**
   * {@link #of(Repository, Window)} over several repositories: a roll-up when there are more than
   * one.
   */
  public static ReportRequest of(List<Repository> repositories, Window window) {
    return new ReportRequest(
        repositories,
        window,
        null,
        ZoneOffset.UTC,
        ReportLanguage.ZH,
        ReportFormat.MD,
        null,
        DEFAULT_TREND_WINDOWS);
  }

  /** The repository of a single-repository report; for a roll-up, the first one. */
  public Repository repository() {
    return repositories.get(0);
  }

  /** Whether the report covers more than one repository. */
  public boolean isRollUp() {
    return repositories.size() > 1;
  }

  private static String defaultName(List<Repository> repositories) {
    return repositories.size() == 1
        ? repositories.get(0).name()
        : String.join(" + ", repositories.stream().map(Repository::fullName).toList());
  }

  /**
   * The same report over {@code repos} (the same repositories in the index's spelling, say); a
   * project name that was only the default follows the new spelling.
   */
  public ReportRequest withRepositories(List<Repository> repos) {
    String name = projectName.equals(defaultName(repositories)) ? null : projectName;
    return new ReportRequest(
        repos, window, name, zone, language, format, templatesDir, trendWindows, reviewWait);
  }

  public ReportRequest withWindow(Window w) {
    return new ReportRequest(
        repositories,
        w,
        projectName,
        zone,
        language,
        format,
        templatesDir,
        trendWindows,
        reviewWait);
  }

  public ReportRequest withProjectName(String name) {
    return new ReportRequest(
        repositories, window, name, zone, language, format, templatesDir, trendWindows, reviewWait);
  }

  public ReportRequest withZone(ZoneId z) {
    return new ReportRequest(
        repositories,
        window,
        projectName,
        z,
        language,
        format,
        templatesDir,
        trendWindows,
        reviewWait);
  }

  public ReportRequest withLanguage(ReportLanguage l) {
    return new ReportRequest(
        repositories, window, projectName, zone, l, format, templatesDir, trendWindows, reviewWait);
  }

  public ReportRequest withFormat(ReportFormat f) {
    return new ReportRequest(
        repositories,
        window,
        projectName,
        zone,
        language,
        f,
        templatesDir,
        trendWindows,
        reviewWait);
  }

  public ReportRequest withTemplatesDir(Path dirOrNull) {
    return new ReportRequest(
        repositories,
        window,
        projectName,
        zone,
        language,
        format,
        dirOrNull,
        trendWindows,
        reviewWait);
  }

  /**
   * How long a pull request may wait for a first review before the report lists it: the request's
   * own wait when told, else {@code packs} (the rule pack's, {@link ReportContext#reviewWait()}).
   */
  public Duration reviewWaitOr(Duration packs) {
    return reviewWait != null ? reviewWait : Objects.requireNonNull(packs, "packs");
  }

  /**
   * The same report, listing pull requests that waited longer than {@code wait} for a review (null:
   * the rule pack's wait).
   */
  public ReportRequest withReviewWait(Duration wait) {
    return new ReportRequest(
        repositories,
        window,
        projectName,
        zone,
        language,
        format,
        templatesDir,
        trendWindows,
        wait);
  }

  public ReportRequest withTrendWindows(int n) {
    return new ReportRequest(
        repositories, window, projectName, zone, language, format, templatesDir, n, reviewWait);
  }
}
