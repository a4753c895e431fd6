package io.devpulse.github;

import io.devpulse.model.Repository;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads repositories and item numbers out of the API's URLs: {@code
 * https://api.github.com/repos/OWNER/NAME} (GitHub Enterprise: {@code
 * https://HOST/api/v3/repos/OWNER/NAME}) and anything below it, such as {@code .../issues/30385} or
 * {@code .../pulls/30385}.
 */
final class RepositoryUrl {
  private static final String EXAMPLE = "https://api.github.com/repos/OWNER/NAME";
  private static final Pattern EDGE_SLASHES = Pattern.compile("^/+|/+$");
  private static final Pattern SLASHES = Pattern.compile("/+");

  /**
   * An RFC 6570 template part, as GitHub's hypermedia URLs end ({@code labels{/name}}, {@code
   * assets{?name,label}}): not a URI character, and no part of the repository's path.
   */
  private static final Pattern TEMPLATE = Pattern.compile("\\{[^{}]*\\}");

  private RepositoryUrl() {}

  /** The repository of an API URL, or empty when the URL has no {@code /repos/OWNER/NAME} part. */
  static Optional<Repository> parse(String url) {
    String[] segments = pathSegments(url);
    for (int i = 0; i + 2 < segments.length; i++) {
      if (segments[i].equals("repos")) {
        try {
          return Optional.of(new Repository(segments[i + 1], segments[i + 2]));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The repository named by URL field {@code name}; empty when absent or null, a problem when
   * unreadable.
   */
  static Optional<Repository> fromField(JsonFields fields, String name) {
    String url = fields.optionalString(name);
    if (url == null) {
      return Optional.empty();
    }
    return Optional.of(
        parse(url)
            .orElseThrow(
                () ->
                    RecordProblem.expected(
                        fields.path(name), "a URL like " + EXAMPLE + "/...", fields.raw(name))));
  }

  /**
   * The number at the end of URL field {@code name}, which must be there: {@code .../issues/30385}.
   */
  static int numberFromField(JsonFields fields, String name) {
    String url = fields.string(name);
    String[] segments = pathSegments(url);
    String last = segments.length == 0 ? "" : segments[segments.length - 1];
    try {
      int number = Integer.parseInt(last);
      if (number > 0 && last.charAt(0) != '+') {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw RecordProblem.expected(
        fields.path(name), "a URL ending in an item number", fields.raw(name));
  }

  private static String[] pathSegments(String url) {
    try {
      String path = new URI(TEMPLATE.matcher(url).replaceAll("")).getPath();
      return path == null
          ? new String[0]
          : SLASHES.split(EDGE_SLASHES.matcher(path).replaceAll(""));
    } catch (URISyntaxException e) {
      return new String[0];
    }
  }
}
