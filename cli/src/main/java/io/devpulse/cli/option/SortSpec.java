package io.devpulse.cli.option;

import java.util.Locale;

/** {@code --sort field[:asc|desc]}. Which fields can be sorted on is the index's to say. */
public record SortSpec(String field, boolean descending) {
  public static SortSpec parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      return new SortSpec(text, false);
    }
    String order = text.substring(colon + 1).toLowerCase(Locale.ROOT);
    return switch (order) {
      case "asc" -> new SortSpec(text.substring(0, colon), false);
      case "desc" -> new SortSpec(text.substring(0, colon), true);
      default ->
          throw new IllegalArgumentException(
              "sort order (" + order + ") must be asc or desc, as in created:desc");
    };
  }
}
