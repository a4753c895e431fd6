package io.devpulse.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devpulse.app.QueryIndex;
import io.devpulse.cli.common.CliContext;
import io.devpulse.cli.common.ExitCode;
import io.devpulse.cli.common.Messages;
import io.devpulse.cli.option.IndexOption;
import io.devpulse.cli.option.OutputFormat;
import io.devpulse.cli.option.RulesOption;
import io.devpulse.cli.option.SortSpec;
import io.devpulse.cli.output.Csv;
import io.devpulse.cli.output.ItemJson;
import io.devpulse.cli.output.TextTable;
import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.QueryFields;
import io.devpulse.index.SearchOptions;
import io.devpulse.index.SearchResult;
import io.devpulse.model.Item;
import io.devpulse.model.Repository;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code devpulse query}: Lucene query syntax over the index; items, or counts with --count-by. */
@Command(name = "query", mixinStandardHelpOptions = true, resourceBundle = Messages.BUNDLE)
public final class QueryCommand implements Callable<Integer> {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static final java.util.regex.Pattern WEEK =
      java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})");

  static {
    // The help's field list comes from the parser's table (picocli interpolates ${sys:...} in help
    // texts),
    // so help cannot name a field the parser refuses.
    System.setProperty("devpulse.query.fields", QueryFields.names());
  }

  @ParentCommand DevpulseCommand root;
  @Spec CommandSpec spec;
  @Mixin IndexOption index;
  @Mixin RulesOption rules;

  @Parameters(paramLabel = "QUERY", arity = "0..1", descriptionKey = "query.query")
  String query = "*:*";

  @Option(names = "--repo", paramLabel = "OWNER/NAME", descriptionKey = "query.repo")
  Repository repo;

  @Option(names = "--sort", paramLabel = "FIELD[:desc]", descriptionKey = "query.sort")
  SortSpec sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", descriptionKey = "query.limit")
  int limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      descriptionKey = "query.format")
  OutputFormat format;

  @Option(names = "--count-by", paramLabel = "DIMENSION", descriptionKey = "query.countBy")
  CountBy countBy;

  @Option(
      names = "--date",
      paramLabel = "FIELD",
      defaultValue = "created",
      descriptionKey = "query.date")
  DateField dateField;

  @Option(names = "--tz", paramLabel = "ZONE", defaultValue = "UTC", descriptionKey = "query.tz")
  ZoneId zone;

  @Override
  public Integer call() throws Exception {
    if (limit <= 0) {
      throw new ParameterException(spec.commandLine(), "--limit (" + limit + ") must be positive");
    }
    CliContext ctx = root.context();
    Path dir = index.resolve(ctx.env());
    QueryIndex.Answer answer =
        countBy != null
            ? new QueryIndex.Counts(countBy, dateField, zone)
            : new QueryIndex.Items(
                new SearchOptions(
                    repo,
                    sort == null ? null : sort.field(),
                    sort != null && sort.descending(),
                    limit));
    QueryIndex.Result result =
        new QueryIndex(ctx.app())
            .run(
                new QueryIndex.Request(
                    dir, rules.pack(ctx.env()), query, repo, answer, ctx.notices()));
    if (countBy != null) {
      printCounts(ctx.out(), result.countsOrNull());
    } else {
      printItems(ctx.out(), result.itemsOrNull());
    }
    return ExitCode.OK;
  }

  private void printCounts(PrintStream out, Map<String, Long> all) throws Exception {
    long total = all.values().stream().mapToLong(Long::longValue).sum();
    // Values (not dates) come most frequent first: --limit keeps the top ones and says how many
    // more.
    Map<String, Long> counts = new LinkedHashMap<>();
    all.entrySet().stream()
        .limit(countBy.isDate() ? Long.MAX_VALUE : limit)
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    int more = all.size() - counts.size();
    boolean weeks = countBy == CountBy.WEEK;
    switch (format) {
      case JSON -> {
        ObjectNode root = JSON.createObjectNode();
        root.put("countBy", countBy.name().toLowerCase(Locale.ROOT));
        if (countBy.isDate()) {
          root.put("date", dateField.name().toLowerCase(Locale.ROOT));
          root.put("zone", zone.getId());
        }
        root.put("total", total);
        ObjectNode c = root.putObject("counts");
        counts.forEach(c::put);
        if (more > 0) {
          root.put("more", more);
        }
        if (weeks) {
          ObjectNode from = root.putObject("weekFrom");
          counts.keySet().forEach(k -> from.put(k, monday(k)));
        }
        out.println(JSON.writeValueAsString(root));
      }
      case CSV -> {
        out.println(Csv.row(weeks ? List.of("key", "from", "count") : List.of("key", "count")));
        counts.forEach(
            (k, v) ->
                out.println(
                    Csv.row(
                        weeks
                            ? List.of(k, monday(k), String.valueOf(v))
                            : List.of(k, String.valueOf(v)))));
        if (more > 0) {
          root.context().err().println(Messages.get("query.more", more));
        }
      }
      case TABLE -> {
        String name = countBy.name().toLowerCase(Locale.ROOT);
        TextTable table =
            new TextTable(
                weeks
                    ? List.of(name, Messages.get("query.weekFrom"), "count")
                    : List.of(name, "count"),
                80);
        counts.forEach(
            (k, v) ->
                table.add(
                    weeks
                        ? List.of(k, monday(k), String.valueOf(v))
                        : List.of(k, String.valueOf(v))));
        if (more > 0) {
          table.add(List.of(Messages.get("query.more", more), ""));
        }
        table.add(
            weeks
                ? List.of(Messages.get("query.total"), "", String.valueOf(total))
                : List.of(Messages.get("query.total"), String.valueOf(total)));
        out.print(table.render());
      }
    }
  }

  private void printItems(PrintStream out, SearchResult result) throws Exception {
    switch (format) {
      case JSON -> {
        ObjectNode root = JSON.createObjectNode();
        root.put("total", result.totalHits());
        ArrayNode items = root.putArray("items");
        for (IndexedItem hit : result.items()) {
          items.add(ItemJson.of(hit));
        }
        out.println(JSON.writeValueAsString(root));
      }
      case CSV -> {
        out.println(Csv.row(ItemJson.COLUMNS));
        for (IndexedItem hit : result.items()) {
          out.println(Csv.row(ItemJson.row(hit)));
        }
      }
      case TABLE -> {
        TextTable table =
            new TextTable(List.of("item", "kind", "state", "created", "author", "title"), 72);
        for (IndexedItem hit : result.items()) {
          Item item = hit.item();
          table.add(
              List.of(
                  item.repository().fullName() + "#" + item.number(),
                  item.kind().key(),
                  item.isMerged() ? "merged" : item.state().key(),
                  day(item.createdAt()),
                  item.author().login(),
                  item.title()));
        }
        out.print(table.render());
        out.println(Messages.get("query.shown", result.items().size(), result.totalHits()));
      }
    }
  }

  /**
   * The Monday a {@code 2025-W50} bucket starts on ({@code 2025-12-08}); other keys ({@code none})
   * blank.
   */
  static String monday(String weekKey) {
    java.util.regex.Matcher m = WEEK.matcher(weekKey);
    if (!m.matches()) {
      return "";
    }
    return java.time.LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
        .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
        .with(java.time.DayOfWeek.MONDAY)
        .toString();
  }

  private static String day(Instant t) {
    return t == null ? "" : t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }
}
