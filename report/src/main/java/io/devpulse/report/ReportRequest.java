package io.devpulse.report;

import io.devpulse.model.BotPolicy;
import io.devpulse.model.Repository;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Everything one report needs besides the index: what to report on ({@link #repository}, {@link #window}),
 * how to judge it ({@link #bots}, {@link #trendWindows}, {@link #amdChecks}) and how to write it
 * ({@link #zone}, {@link #language}, {@link #format}, {@link #templatesDir}). Start from {@link #of} and
 * change what the command line gives with the {@code with} methods.
 *
 * @param projectName the name in titles ({@code vLLM}); defaults to the repository's name
 * @param zone the display zone of times (the window line, the appendix); the analysis period is UTC
 * @param templatesDir a directory whose templates and message files override the built-in ones, or null
 * @param bots who is a bot: the rules' verdicts stored in the index, over GitHub's type flag
 * @param trendWindows how many earlier windows of the same length the trends compare with (0 for none)
 * @param coverage what the index holds for the window and its history ({@link Coverage#UNKNOWN}: no claim)
 */
public record ReportRequest(
    Repository repository,
    Window window,
    String projectName,
    ZoneId zone,
    ReportLanguage language,
    ReportFormat format,
    Path templatesDir,
    BotPolicy bots,
    int trendWindows,
    AmdChecks amdChecks,
    Coverage coverage) {

  /** How many earlier windows trends compare with unless told otherwise. */
  public static final int DEFAULT_TREND_WINDOWS = 4;

  public ReportRequest {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(window, "window");
    projectName = projectName == null || projectName.isBlank() ? repository.name() : projectName.strip();
    if (projectName.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException("project name (" + projectName + ") must be one line");
    }
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bots, "bots");
    if (trendWindows < 0 || trendWindows > 520) {
      throw new IllegalArgumentException("trend windows (" + trendWindows + ") must be between 0 and 520");
    }
    Objects.requireNonNull(amdChecks, "amdChecks");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** A Markdown report in Chinese, times in UTC, GitHub's bot flag, trends over 4 earlier windows. */
  public static ReportRequest of(Repository repository, Window window) {
    return new ReportRequest(repository, window, null, ZoneOffset.UTC, ReportLanguage.ZH, ReportFormat.MD,
        null, BotPolicy.GITHUB_TYPE_ONLY, DEFAULT_TREND_WINDOWS, AmdChecks.defaults(),
        Coverage.UNKNOWN);
  }

  public ReportRequest withWindow(Window w) {
    return new ReportRequest(repository, w, projectName, zone, language, format, templatesDir, bots,
        trendWindows, amdChecks, coverage);
  }

  public ReportRequest withProjectName(String name) {
    return new ReportRequest(repository, window, name, zone, language, format, templatesDir, bots,
        trendWindows, amdChecks, coverage);
  }

  public ReportRequest withZone(ZoneId z) {
    return new ReportRequest(repository, window, projectName, z, language, format, templatesDir, bots,
        trendWindows, amdChecks, coverage);
  }

  public ReportRequest withLanguage(ReportLanguage l) {
    return new ReportRequest(repository, window, projectName, zone, l, format, templatesDir, bots,
        trendWindows, amdChecks, coverage);
  }

  public ReportRequest withFormat(ReportFormat f) {
    return new ReportRequest(repository, window, projectName, zone, language, f, templatesDir, bots,
        trendWindows, amdChecks, coverage);
  }

  public ReportRequest withTemplatesDir(Path dirOrNull) {
    return new ReportRequest(repository, window, projectName, zone, language, format, dirOrNull, bots,
        trendWindows, amdChecks, coverage);
  }

  public ReportRequest withBots(BotPolicy policy) {
    return new ReportRequest(repository, window, projectName, zone, language, format, templatesDir, policy,
        trendWindows, amdChecks, coverage);
  }

  public ReportRequest withTrendWindows(int n) {
    return new ReportRequest(repository, window, projectName, zone, language, format, templatesDir, bots,
        n, amdChecks, coverage);
  }

  public ReportRequest withCoverage(Coverage c) {
    return new ReportRequest(repository, window, projectName, zone, language, format, templatesDir, bots,
        trendWindows, amdChecks, c);
  }

  public ReportRequest withAmdChecks(AmdChecks checks) {
    return new ReportRequest(repository, window, projectName, zone, language, format, templatesDir, bots,
        trendWindows, checks, coverage);
  }
}
