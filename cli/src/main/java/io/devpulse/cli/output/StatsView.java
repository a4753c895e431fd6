package io.devpulse.cli.output;

import io.devpulse.cli.common.Messages;
import io.devpulse.index.IndexHealth;
import io.devpulse.index.IndexStats;
import io.devpulse.model.Coverage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code devpulse stats} output: the JSON shape is this record's components (times as ISO-8601
 * text), the table is {@link #render()}.
 */
public record StatsView(
    String index,
    long documents,
    long items,
    Map<String, Long> itemsByRepository,
    Map<String, Long> itemsByKind,
    Map<String, Long> itemsByState,
    long comments,
    long botComments,
    long reviews,
    String firstCreated,
    String lastCreated,
    String lastImport,
    String health,
    List<CoverageRow> coverage,
    long releases) {

  /**
   * What the index holds of one repository's stream: the spans of update times a sync read
   * completely, those imported from files (completeness not verified), the last sync and whether it
   * stopped early.
   */
  public record CoverageRow(
      String repository,
      String stream,
      List<String> synced,
      List<String> imported,
      String lastSync,
      String stoppedEarly) {}

  /**
   * With the index's health ({@link IndexHealth#summary()}; null when not checked) and coverage.
   */
  public static StatsView of(
      Path dir, IndexStats s, IndexHealth health, Map<String, Coverage> coverage) {
    return new StatsView(
        dir.toString(),
        s.documents(),
        s.items(),
        s.itemsByRepository(),
        s.itemsByKind(),
        s.itemsByState(),
        s.comments(),
        s.botComments(),
        s.reviews(),
        text(s.firstCreated()),
        text(s.lastCreated()),
        s.commitData().get("lastImport"),
        health == null ? null : health.summary(),
        rows(coverage),
        s.releases());
  }

  private static List<CoverageRow> rows(Map<String, Coverage> coverage) {
    List<CoverageRow> rows = new ArrayList<>();
    coverage.forEach(
        (repository, c) ->
            c.streams()
                .forEach(
                    sc ->
                        rows.add(
                            new CoverageRow(
                                repository,
                                sc.stream().name().toLowerCase(Locale.ROOT),
                                spans(sc, Coverage.Source.SYNCED),
                                spans(sc, Coverage.Source.IMPORTED),
                                text(sc.lastSyncOrNull()),
                                sc.stoppedEarlyOrNull()))));
    return rows;
  }

  private static List<String> spans(Coverage.StreamCoverage sc, Coverage.Source source) {
    return sc.spans().stream()
        .filter(sp -> sp.source() == source)
        .map(
            sp ->
                (sp.fromOrNull() == null
                        ? Messages.get("stats.beginning")
                        : sp.fromOrNull().toString())
                    + " .. "
                    + sp.to())
        .toList();
  }

  public String render() {
    TextTable table = new TextTable(List.of("", ""), 120);
    table.add(List.of(Messages.get("stats.index"), index));
    table.add(List.of(Messages.get("stats.documents"), String.valueOf(documents)));
    table.add(
        List.of(
            Messages.get("stats.items"),
            items + "  " + counts(itemsByKind) + "  " + counts(itemsByState)));
    itemsByRepository.forEach((repo, n) -> table.add(List.of("- " + repo, String.valueOf(n))));
    table.add(
        List.of(
            Messages.get("stats.comments"),
            Messages.get("stats.commentsValue", comments, comments - botComments, botComments)));
    table.add(List.of(Messages.get("stats.reviews"), String.valueOf(reviews)));
    if (releases > 0) {
      table.add(List.of(Messages.get("stats.releases"), String.valueOf(releases)));
    }
    table.add(
        List.of(
            Messages.get("stats.created"),
            firstCreated == null
                ? Messages.get("stats.none")
                : firstCreated + " .. " + lastCreated));
    table.add(
        List.of(
            Messages.get("stats.lastImport"),
            lastImport == null ? Messages.get("stats.none") : lastImport));
    if (health != null) {
      table.add(List.of(Messages.get("stats.health"), health));
    }
    // The header row of empty cells is not wanted: drop the first line.
    String main = table.render().lines().skip(1).collect(Collectors.joining("\n", "", "\n"));
    return main + coverageTable();
  }

  /**
   * Per repository and stream: what a sync proved, what files brought, the last sync and any early
   * stop.
   */
  private String coverageTable() {
    if (coverage.isEmpty()) {
      return Messages.get("stats.coverage") + " " + Messages.get("stats.none") + "\n";
    }
    TextTable t =
        new TextTable(
            List.of(
                Messages.get("stats.coverage.repository"),
                Messages.get("stats.coverage.stream"),
                Messages.get("stats.coverage.synced"),
                Messages.get("stats.coverage.imported"),
                Messages.get("stats.coverage.lastSync")),
            120);
    for (CoverageRow r : coverage) {
      t.add(
          List.of(
              r.repository(),
              r.stream(),
              orNone(String.join(", ", r.synced())),
              orNone(String.join(", ", r.imported())),
              (r.lastSync() == null ? Messages.get("stats.none") : r.lastSync())
                  + (r.stoppedEarly() == null
                      ? ""
                      : " "
                          + Messages.get(
                              "stats.coverage.stopped",
                              Messages.get("stats.stop." + r.stoppedEarly())))));
    }
    return Messages.get("stats.coverage") + "\n" + t.render();
  }

  private static String orNone(String text) {
    return text.isEmpty() ? Messages.get("stats.none") : text;
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
