package io.devpulse.github;

import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walk through one paginated listing (a repository's issues, one pull request's reviews, ...),
 * which ends however the server's {@code Link} headers go: a {@code next} link back to a page
 * already visited in this walk is an error rather than a loop, and so is a walk longer than {@code
 * maxPages} (a server that makes up new pages without end). Without this, a {@code next} link to
 * the same URL paged forever.
 *
 * <p>Use one walk per listing, and fetch only the URLs it hands out:
 *
 * <pre>{@code
 * PageWalk walk = new PageWalk();
 * for (URI url = walk.first(client.resolve(path)); url != null; ) {
 *   ApiPage page = client.get(url, etagOrNull);
 *   ... use page ...
 *   url = walk.next(page).orElse(null);
 * }
 * }</pre>
 *
 * <p>URLs are compared as GitHub reads them: scheme and host in any case, the default port written
 * or not, query parameters in any order, percent-escapes in any case, no fragment. Not thread-safe.
 */
public final class PageWalk {
  /**
   * The default page limit per listing: 10,000 pages of 100 records, a million issues or comments
   * in one listing, far beyond any repository's (and an incremental sync's) listing, yet a bound.
   */
  public static final int DEFAULT_MAX_PAGES = 10_000;

  private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

  private final int maxPages;

  /** Each visited page's key, with its 1-based number in this walk. */
  private final Map<String, Integer> visited = new HashMap<>();

  private int pages;

  /** A walk of at most {@link #DEFAULT_MAX_PAGES} pages. */
  public PageWalk() {
    this(DEFAULT_MAX_PAGES);
  }

  public PageWalk(int maxPages) {
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages (" + maxPages + ") must be positive");
    }
    this.maxPages = maxPages;
  }

  /**
   * Starts the walk at {@code url} (the listing's first page, which the caller built).
   *
   * @return {@code url}
   * @throws IllegalStateException when the walk has started already
   */
  public URI first(URI url) {
    Objects.requireNonNull(url, "url");
    if (pages > 0) {
      throw new IllegalStateException("the walk started already, at page 1 of " + pages);
    }
    pages = 1;
    visited.put(key(url), 1);
    return url;
  }

  /**
   * The URL of the page after {@code page} ({@link ApiPage#next()}), or empty when it is the last
   * (or a 304, which has no links).
   *
   * @throws GithubApiException when that link leads to a page this walk visited already, or beyond
   *     {@code maxPages}; its message starts with the page's {@link ApiPage#displayName()}
   */
  public Optional<URI> next(ApiPage page) {
    Objects.requireNonNull(page, "page");
    if (pages == 0) {
      throw new IllegalStateException(
          "the walk has not started; call first(url) before next(page)");
    }
    // A redirect may have moved the page: its final URL counts as visited too.
    visited.putIfAbsent(key(page.uri()), pages);
    Optional<URI> next = page.next();
    if (next.isEmpty()) {
      return next;
    }
    if (page.isEmptyList()) {
      // GitHub never links past an empty page: a server that does could make up fresh ones until
      // the cap.
      throw new GithubApiException(
          page.status(),
          page.displayName()
              + ": an empty page links a next page"
              + " (Link rel=\"next\"); stopping instead of paging through empty pages");
    }
    Integer seen = visited.get(key(next.get()));
    if (seen != null) {
      throw new GithubApiException(
          page.status(),
          page.displayName()
              + ": the next page (Link rel=\"next\") is "
              + (seen == pages ? "this page again" : "page " + seen + " of this listing again")
              + "; stopping instead of paging in a loop");
    }
    if (pages >= maxPages) {
      throw new GithubApiException(
          page.status(),
          page.displayName()
              + ": the listing goes on beyond "
              + maxPages
              + " pages; stopping (a server paging without end?)");
    }
    pages++;
    visited.put(key(next.get()), pages);
    return next;
  }

  /** How many pages the walk has handed out, the first included. */
  public int pages() {
    return pages;
  }

  /** {@code url} as compared: normalised scheme, host, port, path, escapes and parameter order. */
  static String key(URI url) {
    URI u = url.normalize();
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    int port =
        u.getPort() >= 0
            ? u.getPort()
            : "http".equals(scheme) ? 80 : "https".equals(scheme) ? 443 : -1;
    String path =
        u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : escapes(u.getRawPath());
    String query = "";
    if (u.getRawQuery() != null && !u.getRawQuery().isEmpty()) {
      String[] parameters = escapes(u.getRawQuery()).split("&");
      Arrays.sort(parameters);
      query = "?" + String.join("&", parameters);
    }
    return scheme + "://" + host + ":" + port + path + query;
  }

  private static String escapes(String raw) {
    Matcher m = ESCAPE.matcher(raw);
    return m.replaceAll(r -> r.group().toUpperCase(Locale.ROOT));
  }
}
