package io.devpulse.cli.output;

import io.devpulse.cli.Messages;
import io.devpulse.index.IndexHealth;
import io.devpulse.index.IndexStats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code devpulse stats} output: the JSON shape is this record's components (times as ISO-8601 text),
 * the table is {@link #render()}.
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
    String health) {

  public static StatsView of(Path dir, IndexStats s) {
    return of(dir, s, null);
  }

  /** With the index's health ({@link IndexHealth#summary()}); null when not checked. */
  public static StatsView of(Path dir, IndexStats s, IndexHealth health) {
    return new StatsView(dir.toString(), s.documents(), s.items(), s.itemsByRepository(),
        s.itemsByKind(), s.itemsByState(), s.comments(), s.botComments(), s.reviews(),
        text(s.firstCreated()), text(s.lastCreated()), s.commitData().get("lastImport"),
        health == null ? null : health.summary());
  }

  public String render() {
    TextTable table = new TextTable(List.of("", ""), 120);
    table.add(List.of(Messages.get("stats.index"), index));
    table.add(List.of(Messages.get("stats.documents"), String.valueOf(documents)));
    table.add(List.of(Messages.get("stats.items"), items + "  " + counts(itemsByKind) + "  "
        + counts(itemsByState)));
    itemsByRepository.forEach((repo, n) -> table.add(List.of("- " + repo, String.valueOf(n))));
    table.add(List.of(Messages.get("stats.comments"),
        Messages.get("stats.commentsValue", comments, comments - botComments, botComments)));
    table.add(List.of(Messages.get("stats.reviews"), String.valueOf(reviews)));
    table.add(List.of(Messages.get("stats.created"), firstCreated == null
        ? Messages.get("stats.none") : firstCreated + " .. " + lastCreated));
    table.add(List.of(Messages.get("stats.lastImport"),
        lastImport == null ? Messages.get("stats.none") : lastImport));
    if (health != null) {
      table.add(List.of(Messages.get("stats.health"), health));
    }
    // The header row of empty cells is not wanted: drop the first line.
    return table.render().lines().skip(1).collect(Collectors.joining("\n", "", "\n"));
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
