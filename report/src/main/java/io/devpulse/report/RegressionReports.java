package io.devpulse.report;

import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.Item;
import io.devpulse.model.Release;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which issues report a regression in a release, by one rule for the needs-attention section and
 * the release report: the issue names the release's version in its title or body ({@code v0.11.1}
 * or {@code 0.11.1} as a whole version: not {@code 0.11.10}, not {@code 10.11.1}), and the rule
 * pack called it a regression — a priority reason whose rule or finding says {@code regression}
 * (the pack's regression term list, {@code terms/regression.txt}, with its {@code regression}
 * label, feeds those rules). The wording is the pack's: the report adds no term list of its own.
 */
public final class RegressionReports {
  private static final String WORD = "regression";

  private RegressionReports() {}

  /**
   * The latest release of {@code releases} published before {@code time}: the newest by publication
   * that is not a pre-release, else the newest pre-release; empty when none was published by then.
   */
  public static Optional<Release> latest(List<Release> releases, Instant time) {
    Comparator<Release> newest =
        Comparator.comparing(Release::publishedAtOrNull).thenComparingLong(Release::id).reversed();
    List<Release> published =
        releases.stream().filter(r -> r.publishedBefore(time)).sorted(newest).toList();
    return published.stream()
        .filter(r -> !r.prerelease())
        .findFirst()
        .or(() -> published.stream().findFirst());
  }

  /** Whether {@code item}'s title or body names {@code version} as a whole version. */
  public static boolean namesVersion(Item item, String version) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{Alnum}.])[vV]?" + Pattern.quote(version) + "(?![\\p{Alnum}]|\\.[0-9])");
    return p.matcher(item.title()).find() || p.matcher(item.body()).find();
  }

  /**
   * Why the rules call an item a regression: its priority reasons that say so (a label the pack's
   * regression list names shows in the finding); empty when none does.
   */
  public static List<Evidence> reasons(Classification classificationOrNull) {
    return classificationOrNull == null
        ? List.of()
        : classificationOrNull.priorityReasons().stream()
            .filter(e -> says(e.rule()) || says(e.text()))
            .toList();
  }

  private static boolean says(String text) {
    return text.toLowerCase(Locale.ROOT).contains(WORD);
  }
}
