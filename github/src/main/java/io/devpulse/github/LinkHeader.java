package io.devpulse.github;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GitHub's pagination header, {@code Link: <https://...&page=2>; rel="next", <https://...&page=5>;
 * rel="last"} (RFC 8288, the subset GitHub writes): the URL of each relation.
 */
final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");
  private static final Pattern REL = Pattern.compile("(?i)rel\\s*=\\s*\"?([^\";]+)\"?");

  private final Map<String, URI> links;

  private LinkHeader(Map<String, URI> links) {
    this.links = Map.copyOf(links);
  }

  /** Parses a header value; absent or unreadable links are left out rather than failing the page. */
  static LinkHeader parse(String valueOrNull) {
    Map<String, URI> links = new LinkedHashMap<>();
    if (valueOrNull != null) {
      Matcher link = LINK.matcher(valueOrNull);
      while (link.find()) {
        Matcher rel = REL.matcher(link.group(2));
        if (!rel.find()) {
          continue;
        }
        try {
          URI uri = URI.create(link.group(1).trim());
          for (String name : rel.group(1).trim().split("\\s+")) {
            links.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), uri);
          }
        } catch (IllegalArgumentException e) {
          // a garbled URL is no link
        }
      }
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
