package io.devpulse.cli.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.devpulse.index.IndexedItem;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One item as {@code query --format json|csv} prints it: the same columns in both formats. */
public final class ItemJson {
  public static final List<String> COLUMNS =
      List.of(
          "repo",
          "number",
          "kind",
          "state",
          "merged",
          "draft",
          "title",
          "author",
          "authorType",
          "labels",
          "created",
          "updated",
          "closed",
          "mergedAt",
          "comments",
          "url",
          "topics",
          "priority");

  private ItemJson() {}

  public static ObjectNode of(IndexedItem hit) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    List<String> row = row(hit);
    Item item = hit.item();
    for (int i = 0; i < COLUMNS.size(); i++) {
      String column = COLUMNS.get(i);
      switch (column) {
        case "number" -> node.put(column, item.number());
        case "comments" -> node.put(column, item.commentCount());
        case "merged" -> node.put(column, item.isMerged());
        case "draft" -> node.put(column, item.draft());
        case "labels" -> item.labels().forEach(node.putArray(column)::add);
        case "topics" -> topics(hit).forEach(node.putArray(column)::add);
        default -> {
          String value = row.get(i);
          if (value.isEmpty() && !column.equals("title")) {
            node.putNull(column);
          } else {
            node.put(column, value);
          }
        }
      }
    }
    return node;
  }

  public static List<String> row(IndexedItem hit) {
    Item item = hit.item();
    Classification c = hit.classification();
    List<String> row = new ArrayList<>(COLUMNS.size());
    row.add(item.repository().fullName());
    row.add(String.valueOf(item.number()));
    row.add(item.kind().key());
    row.add(item.state().key());
    row.add(String.valueOf(item.isMerged()));
    row.add(String.valueOf(item.draft()));
    row.add(item.title());
    row.add(item.author().login());
    row.add(item.author().type().name().toLowerCase(Locale.ROOT));
    row.add(String.join(";", item.labels()));
    row.add(text(item.createdAt()));
    row.add(text(item.updatedAt()));
    row.add(text(item.closedAt()));
    row.add(text(item.mergedAt()));
    row.add(String.valueOf(item.commentCount()));
    row.add(item.htmlUrl());
    row.add(String.join(";", topics(hit)));
    row.add(c == null ? "" : c.priority().key());
    return row;
  }

  private static List<String> topics(IndexedItem hit) {
    return hit.classification() == null ? List.of() : hit.classification().topics();
  }

  private static String text(Instant t) {
    return t == null ? "" : t.toString();
  }
}
