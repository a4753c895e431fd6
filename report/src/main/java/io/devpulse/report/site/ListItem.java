package io.devpulse.report.site;

import io.devpulse.model.Item;
import java.time.Instant;
import java.util.Objects;

/**
 * An item in a list of the site: raw strings (untrusted; the renderer escapes them) and a GitHub
 * URL built from the repository and number, never taken from the data.
 */
public record ListItem(
    int number, boolean pullRequest, String title, String author, Instant created, String url) {
  public ListItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(url, "url");
  }

  public static ListItem of(Item item) {
    String url =
        "https://github.com/"
            + item.repository().fullName()
            + (item.isPullRequest() ? "/pull/" : "/issues/")
            + item.number();
    return new ListItem(
        item.number(),
        item.isPullRequest(),
        item.title(),
        item.author().login(),
        item.createdAt(),
        url);
  }
}
