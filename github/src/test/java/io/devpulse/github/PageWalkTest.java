package io.devpulse.github;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.github.LocalServer.Response;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PageWalkTest {
  private static final URI FIRST =
      URI.create("https://api.github.com/repos/o/n/issues?state=all&per_page=100");

  private static ApiPage page(URI uri, String next) {
    return new ApiPage(
        uri, 200, "[{}]".getBytes(UTF_8), next == null ? null : URI.create(next), null);
  }

  @Test
  void handsOutEachNextPageUntilTheLast() {
    PageWalk walk = new PageWalk();
    URI url = walk.first(FIRST);

    URI second = walk.next(page(url, FIRST + "&page=2")).orElseThrow();
    URI third = walk.next(page(second, FIRST + "&page=3")).orElseThrow();

    assertThat(third).isEqualTo(URI.create(FIRST + "&page=3"));
    assertThat(walk.next(page(third, null))).isEmpty();
    assertThat(walk.pages()).isEqualTo(3);
  }

  @Test
  void aNextLinkToAPageVisitedBeforeIsAnError() {
    PageWalk walk = new PageWalk();
    URI second = walk.next(page(walk.first(FIRST), FIRST + "&page=2")).orElseThrow();
    ApiPage backToFirst =
        page(second, "HTTPS://API.GITHUB.COM:443/repos/o/n/issues?per_page=100&state=all#x");

    assertThatThrownBy(() -> walk.next(backToFirst))
        .isExactlyInstanceOf(GithubApiException.class)
        .hasMessage(
            FIRST
                + "&page=2: the next page (Link rel=\"next\") is page 1 of this listing again;"
                + " stopping instead of paging in a loop")
        .satisfies(e -> assertThat(((GithubApiException) e).status()).isEqualTo(200));
  }

  @Test
  void aNextLinkToThePageItselfIsAnError() {
    PageWalk walk = new PageWalk();

    assertThatThrownBy(() -> walk.next(page(walk.first(FIRST), FIRST.toString())))
        .hasMessageContaining(": the next page (Link rel=\"next\") is this page again;");
  }

  @Test
  void aRedirectedPageCountsAsVisitedUnderItsFinalUrl() {
    PageWalk walk = new PageWalk();
    walk.first(FIRST);
    URI moved = URI.create("https://api.github.com/repositories/1/issues?page=1");

    assertThatThrownBy(() -> walk.next(page(moved, moved.toString())))
        .hasMessageContaining("is this page again");
  }

  @Test
  void aWalkBeyondMaxPagesIsAnError() {
    PageWalk walk = new PageWalk(3);
    URI url = walk.first(FIRST);
    url = walk.next(page(url, FIRST + "&page=2")).orElseThrow();
    url = walk.next(page(url, FIRST + "&page=3")).orElseThrow();
    ApiPage third = page(url, FIRST + "&page=4");

    assertThatThrownBy(() -> walk.next(third))
        .isExactlyInstanceOf(GithubApiException.class)
        .hasMessage(
            FIRST
                + "&page=3: the listing goes on beyond 3 pages; stopping (a server paging without end?)");
    assertThat(walk.next(page(url, null))).isEmpty(); // the last page may be the limit's
  }

  @Test
  void misuseAndBadLimitsAreProgrammingErrors() {
    assertThatThrownBy(() -> new PageWalk(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPages (0) must be positive");
    assertThatThrownBy(() -> new PageWalk().next(page(FIRST, null)))
        .isInstanceOf(IllegalStateException.class);
    PageWalk walk = new PageWalk();
    walk.first(FIRST);
    assertThatThrownBy(() -> walk.first(FIRST)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void urlsAreComparedAsGithubReadsThem() {
    assertThat(PageWalk.key(URI.create("HTTP://Example.COM/a/./b?y=%2f&x=1#frag")))
        .isEqualTo(PageWalk.key(URI.create("http://example.com:80/a/b?x=1&y=%2F")));
    assertThat(PageWalk.key(URI.create("http://h/a?page=2")))
        .isNotEqualTo(PageWalk.key(URI.create("http://h/a?page=3")));
  }

  // --- against a server ----------------------------------------------------------------------

  /** What a caller does, as the class documentation shows: returns the URLs it fetched. */
  private static List<String> walkAll(GithubClient client, URI first, PageWalk walk) {
    List<String> fetched = new ArrayList<>();
    for (URI url = walk.first(first); url != null; ) {
      ApiPage page = client.get(url, null);
      fetched.add(url.getRawQuery());
      url = walk.next(page).orElse(null);
    }
    return fetched;
  }

  @Test
  @Timeout(20)
  void aServerLinkingPagesInACircleIsStoppedAtTheFirstRepeat() {
    try (LocalServer server = LocalServer.start()) {
      server.on(
          "/list",
          r ->
              Response.json("[{}]")
                  .header(
                      "Link",
                      "<"
                          + server.url(
                              "/list?page=" + (r.pathAndQuery().endsWith("page=3") ? 1 : 3))
                          + ">; rel=\"next\""));
      List<String> fetched = new ArrayList<>();

      try (GithubClient client = client(server)) {
        assertThatThrownBy(
                () -> fetched.addAll(walkAll(client, server.url("/list?page=1"), new PageWalk())))
            .isExactlyInstanceOf(GithubApiException.class)
            .hasMessage(
                server.url("/list?page=3")
                    + ": the next page (Link rel=\"next\") is page 1 of this"
                    + " listing again; stopping instead of paging in a loop");
      }
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  @Timeout(20)
  void aServerMakingUpPagesWithoutEndIsStoppedAtMaxPages() {
    try (LocalServer server = LocalServer.start()) {
      server.on(
          "/list",
          r -> {
            int n = Integer.parseInt(r.pathAndQuery().replaceAll(".*page=", ""));
            return Response.json("[{}]")
                .header("Link", "<" + server.url("/list?page=" + (n + 1)) + ">; rel=\"next\"");
          });

      try (GithubClient client = client(server)) {
        assertThatThrownBy(() -> walkAll(client, server.url("/list?page=1"), new PageWalk(50)))
            .hasMessage(
                server.url("/list?page=50")
                    + ": the listing goes on beyond 50 pages;"
                    + " stopping (a server paging without end?)");
      }
      assertThat(server.requests()).hasSize(50);
    }
  }

  @Test
  @Timeout(20)
  void freshEmptyPagesWithANextLinkStopAtTheFirst() {
    // issue #24: endless fresh empty pages cost 10,000 requests (and a sync's commits) before the
    // cap
    try (LocalServer server = LocalServer.start()) {
      server.on(
          "/list",
          r -> {
            int n = Integer.parseInt(r.pathAndQuery().replaceAll(".*page=", ""));
            return Response.json(" [ ] ")
                .header("Link", "<" + server.url("/list?page=" + (n + 1)) + ">; rel=\"next\"");
          });

      try (GithubClient client = client(server)) {
        assertThatThrownBy(() -> walkAll(client, server.url("/list?page=1"), new PageWalk()))
            .isInstanceOf(GithubApiException.class)
            .hasMessage(
                server.url("/list?page=1")
                    + ": an empty page links a next page (Link rel=\"next\");"
                    + " stopping instead of paging through empty pages");
      }
      assertThat(server.requests()).hasSize(1);
    }
  }

  private static GithubClient client(LocalServer server) {
    return GithubClient.builder(server.url())
        .token(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", "ghp_PageWalkTestToken")))
        .sleeper(new RecordingSleeper())
        .timeout(Duration.ofSeconds(5))
        .build();
  }
}
