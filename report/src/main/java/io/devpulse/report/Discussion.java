package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * The comments one item received in the window.
 *
 * @param humanCommenters distinct human logins, in order of their first comment
 * @param bots distinct bot names (login without {@code [bot]}), sorted
 */
public record Discussion(
    ItemRef item,
    int humanComments,
    int botComments,
    List<String> humanCommenters,
    List<String> bots) {
  public Discussion {
    Objects.requireNonNull(item, "item");
    humanCommenters = List.copyOf(humanCommenters);
    bots = List.copyOf(bots);
  }
}
