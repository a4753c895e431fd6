package io.devpulse.github;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's pagination header, {@code Link: <https://...&page=2>; rel="next", <https://...&page=5>;
 * rel="last"} (RFC 8288, the subset GitHub writes): the URL of each relation.
 */
final class LinkHeader {
  private static final Pattern REL = Pattern.compile("(?i)rel\\s*=\\s*\"?([^\";]+)\"?");

  private final Map<String, URI> links;

  private LinkHeader(Map<String, URI> links) {
    this.links = Map.copyOf(links);
  }

  /**
   * Parses a header value; absent or unreadable links are left out rather than failing the page.
   * Read by hand, in one pass, rather than with a regular expression over the whole value: a
   * repeated group recurses once per repetition in {@code java.util.regex}, so a server's {@code ;
   * ; ; ...} overflowed the stack.
   */
  static LinkHeader parse(String valueOrNull) {
    Map<String, URI> links = new LinkedHashMap<>();
    if (valueOrNull == null) {
      return new LinkHeader(links);
    }
    String value = valueOrNull;
    for (int open = value.indexOf('<'); open >= 0; ) {
      int close = value.indexOf('>', open + 1);
      if (close < 0) {
        break;
      }
      int nextOpen = value.indexOf('<', close + 1);
      int end = nextOpen < 0 ? value.length() : nextOpen;
      int comma = value.indexOf(',', close + 1);
      // A link's parameters run up to the comma before the next link.
      String parameters = value.substring(close + 1, comma >= 0 && comma < end ? comma : end);
      Matcher rel = REL.matcher(parameters);
      if (rel.find()) {
        try {
          URI uri = URI.create(value.substring(open + 1, close).trim());
          for (String name : rel.group(1).trim().split("\\s+")) {
            links.putIfAbsent(name.toLowerCase(Locale.ROOT), uri);
          }
        } catch (IllegalArgumentException e) {
          // a garbled URL is no link
        }
      }
      open = nextOpen;
    }
    return new LinkHeader(links);
  }

  /** The URL of relation {@code rel} ({@code next}, {@code last}, ...). */
  Optional<URI> get(String rel) {
    return Optional.ofNullable(links.get(rel));
  }

  Optional<URI> next() {
    return get("next");
  }
}
