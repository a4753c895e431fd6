package io.devpulse.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.devpulse.github.BadInputException;
import io.devpulse.github.GithubClient;
import io.devpulse.github.LocalServer;
import io.devpulse.github.LocalServer.Response;
import io.devpulse.github.RecordingSleeper;
import io.devpulse.github.TokenSource;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Comment;
import io.devpulse.model.Repository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GitHub on 127.0.0.1 whose pages vary the repository their records name: each case syncs one
 * repository, and the server answers with issues and comments whose {@code url}, {@code
 * repository_url}, {@code issue_url}, {@code comments_url}, {@code pull_request.url} and {@code
 * base.repo.full_name} name that repository (as spelt, or in another case), a victim repository
 * already in the index, another case's repository, {@code ../..}, or nothing; some records give
 * {@code repository_url} twice. Whatever the server says, the index may only ever hold, for each
 * repository, records that name that repository alone: a cross-repository write is an item or
 * comment stored under a repository that was not the one synced, or whose stored JSON names
 * another, or a change to the victim. 0 are allowed; the clean cases must be stored, so that the
 * check could fail.
 */
@Tag("slow")
class SyncerRepositoryFuzzTest {
  private static final long SEED = 20261207L;
  private static final int CASES = 2_000;

  /**
   * Cases per index: the commit data grows with each repository synced, so indexes are kept small.
   */
  private static final int CASES_PER_INDEX = 50;

  private static final Repository VICTIM = Repository.parse("vllm-project/vllm");
  private static final Instant NOW = Instant.parse("2025-12-10T12:01:00Z");
  private static final Pattern REPOS = Pattern.compile("/repos/([^/\"]+)/([^/\"]+)");
  private static final Pattern FULL_NAME = Pattern.compile("\"full_name\":\"([^\"]*)\"");

  @TempDir Path tmp;

  /**
   * On tmpfs where there is one: each case commits twice, and fsync is not what this test is about.
   */
  private Path indexes;

  private final Random random = new Random(SEED);
  private int cleanIssues;
  private int cleanComments;
  private int refusedPages;

  @Test
  void noRecordOfAnotherRepositoryIsEverWritten() throws Exception {
    Path shm = Path.of("/dev/shm");
    indexes =
        Files.isDirectory(shm) && Files.isWritable(shm)
            ? Files.createTempDirectory(shm, "devpulse-fuzz-")
            : tmp;
    try {
      run();
    } finally {
      if (!indexes.equals(tmp)) {
        try (var walk = Files.walk(indexes)) {
          walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private void run() throws Exception {
    int crossWrites = 0;
    int stored = 0;
    try (LocalServer server = LocalServer.start();
        GithubClient client =
            GithubClient.builder(server.url())
                .token(TokenSource.fromEnv(Map.of("GITHUB_TOKEN", "ghp_fuzz")))
                .sleeper(new RecordingSleeper())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .maxWait(Duration.ofSeconds(1))
                .timeout(Duration.ofSeconds(10))
                .build()) {
      for (int first = 0; first < CASES; first += CASES_PER_INDEX) {
        Path index = indexes.resolve("index-" + first);
        seedVictim(server, client, index);
        List<Repository> synced = new ArrayList<>();
        for (int c = first; c < Math.min(CASES, first + CASES_PER_INDEX); c++) {
          Repository repository = Repository.parse("case-" + c + "/r" + c);
          synced.add(repository);
          runCase(server, client, index, repository, c);
        }
        int[] counts = countCrossWrites(index, synced);
        crossWrites += counts[0];
        stored += counts[1];
      }
    }
    System.out.printf(
        Locale.ROOT,
        "SyncerRepositoryFuzzTest: %d cases, %d pages refused, %d clean issues and"
            + " %d clean comments served, %d records stored, %d cross-repository writes%n",
        CASES,
        refusedPages,
        cleanIssues,
        cleanComments,
        stored,
        crossWrites);
    assertThat(crossWrites).isZero();
    assertThat(stored).as("the clean records are stored").isEqualTo(cleanIssues + cleanComments);
    assertThat(refusedPages).as("the fuzz does reach the refusals").isGreaterThan(CASES / 4);
    assertThat(cleanIssues).as("and the stores").isGreaterThan(CASES / 4);
  }

  private void seedVictim(LocalServer server, GithubClient client, Path index) throws Exception {
    String base = server.url().toString();
    server.on(
        "/repos/vllm-project/vllm/issues",
        r ->
            Response.json(
                "["
                    + issue(
                        base,
                        VICTIM.fullName(),
                        "vllm-project/vllm",
                        30386,
                        "original title",
                        false,
                        null)
                    + "]"));
    server.on("/repos/vllm-project/vllm/issues/comments", r -> Response.json("[]"));
    sync(client, index, VICTIM);
  }

  private void runCase(
      LocalServer server, GithubClient client, Path index, Repository repository, int c)
      throws Exception {
    String base = server.url().toString();
    List<String> issues = new ArrayList<>();
    boolean issuesClean = true;
    int records = 1 + random.nextInt(3);
    for (int i = 0; i < records; i++) {
      String url = pick(repository, c);
      String repositoryUrl = pick(repository, c);
      boolean twice = random.nextInt(8) == 0;
      String extra = random.nextInt(4) == 0 ? pick(repository, c) : null;
      int number = random.nextInt(4) == 0 ? 30386 : 1 + i;
      issues.add(issue(base, url, repositoryUrl, number, "case " + c, twice, extra));
      issuesClean &=
          own(url, repository)
              && own(repositoryUrl, repository)
              && !twice
              && (extra == null || own(extra, repository));
    }
    List<String> comments = new ArrayList<>();
    boolean commentsClean = true;
    for (int i = 0; i < 1 + random.nextInt(2); i++) {
      String url = pick(repository, c);
      String issueUrl = pick(repository, c);
      comments.add(comment(base, url, issueUrl, 9000L + 10L * c + i, 1 + i));
      commentsClean &= own(url, repository) && own(issueUrl, repository) && !issueUrl.isEmpty();
    }
    String path = "/repos/" + repository.fullName();
    server.on(path + "/issues", r -> Response.json("[" + String.join(",", issues) + "]"));
    server.on(
        path + "/issues/comments", r -> Response.json("[" + String.join(",", comments) + "]"));
    try {
      sync(client, index, repository);
      assertThat(issuesClean && commentsClean)
          .as("case %d synced though a record was bad", c)
          .isTrue();
      cleanIssues +=
          (int)
              issues.stream()
                  .map(j -> j.replaceAll(".*\"number\":(\\d+).*", "$1"))
                  .distinct()
                  .count();
      cleanComments += comments.size();
    } catch (BadInputException refused) {
      refusedPages++;
      assertThat(issuesClean && commentsClean)
          .as("case %d refused: %s", c, refused.getMessage())
          .isFalse();
      if (issuesClean) {
        cleanIssues +=
            (int)
                issues.stream()
                    .map(j -> j.replaceAll(".*\"number\":(\\d+).*", "$1"))
                    .distinct()
                    .count();
      }
    }
  }

  /**
   * The repository a URL names: the requested one as spelt or in capitals, another one, or none.
   */
  private String pick(Repository repository, int c) {
    // Mostly its own, so that about half the pages are clean and get stored.
    return switch (random.nextInt(32)) {
      case 0 -> VICTIM.fullName();
      case 1 -> "case-" + (c + 1) + "/r" + (c + 1);
      case 2 -> "../..";
      case 3 -> repository.owner() + "/" + VICTIM.name();
      case 4, 5 -> "";
      case 6, 7 -> repository.fullName().toUpperCase(Locale.ROOT);
      default -> repository.fullName();
    };
  }

  /**
   * Whether a picked name is the requested repository or none (then the requested one is assumed).
   */
  private static boolean own(String picked, Repository repository) {
    return picked.isEmpty() || picked.equalsIgnoreCase(repository.fullName());
  }

  private static String issue(
      String base,
      String url,
      String repositoryUrl,
      int number,
      String title,
      boolean twice,
      String extra) {
    StringBuilder json = new StringBuilder("{");
    if (!url.isEmpty()) {
      json.append("\"url\":\"")
          .append(base)
          .append("/repos/")
          .append(url)
          .append("/issues/")
          .append(number)
          .append("\",");
    }
    if (!repositoryUrl.isEmpty()) {
      json.append("\"repository_url\":\"")
          .append(base)
          .append("/repos/")
          .append(repositoryUrl)
          .append("\",");
    }
    if (twice) {
      json.append("\"repository_url\":\"")
          .append(base)
          .append("/repos/")
          .append(VICTIM.fullName())
          .append("\",");
    }
    if (extra != null && !extra.isEmpty()) {
      json.append(
          switch (number % 3) {
            case 0 ->
                "\"comments_url\":\""
                    + base
                    + "/repos/"
                    + extra
                    + "/issues/"
                    + number
                    + "/comments\",";
            case 1 ->
                "\"pull_request\":{\"url\":\""
                    + base
                    + "/repos/"
                    + extra
                    + "/pulls/"
                    + number
                    + "\"},";
            default -> "\"base\":{\"repo\":{\"full_name\":\"" + extra + "\"}},";
          });
    }
    return json.append("\"number\":")
        .append(number)
        .append(",\"title\":\"")
        .append(title)
        .append("\",\"user\":{\"login\":\"a\",\"type\":\"User\"},\"state\":\"open\",")
        .append("\"created_at\":\"2025-12-10T10:00:00Z\",\"updated_at\":\"2025-12-10T11:00:00Z\"}")
        .toString();
  }

  private static String comment(String base, String url, String issueUrl, long id, int number) {
    StringBuilder json = new StringBuilder("{");
    if (!url.isEmpty()) {
      json.append("\"url\":\"")
          .append(base)
          .append("/repos/")
          .append(url)
          .append("/issues/comments/")
          .append(id)
          .append("\",");
    }
    if (!issueUrl.isEmpty()) {
      json.append("\"issue_url\":\"")
          .append(base)
          .append("/repos/")
          .append(issueUrl)
          .append("/issues/")
          .append(number)
          .append("\",");
    }
    return json.append("\"id\":")
        .append(id)
        .append(",\"user\":{\"login\":\"b\",\"type\":\"User\"},")
        .append("\"created_at\":\"2025-12-10T10:30:00Z\",\"updated_at\":\"2025-12-10T11:00:00Z\",")
        .append("\"body\":\"hi\"}")
        .toString();
  }

  private static void sync(GithubClient client, Path index, Repository repository)
      throws Exception {
    SyncListener quiet = new SyncListener() {};
    new Syncer(client, quiet, item -> null, null, Clock.fixed(NOW, ZoneOffset.UTC))
        .sync(index, List.of(repository), SyncOptions.defaults());
  }

  /** {cross-repository writes, records stored by the cases} in one index. */
  private static int[] countCrossWrites(Path dir, List<Repository> synced) {
    int[] counts = new int[2];
    try (HistoryIndex index = HistoryIndex.open(dir)) {
      index.forEachItemWithJson(
          (item, json) -> {
            Repository repository = item.item().repository();
            if (repository.equals(VICTIM)) {
              if (!item.item().title().equals("original title") || !namesOnly(json, VICTIM)) {
                counts[0]++;
              }
              return;
            }
            counts[1]++;
            if (!synced.contains(repository) || !namesOnly(json, repository)) {
              counts[0]++;
            }
          });
      for (Comment comment :
          index.comments(null, Instant.EPOCH, Instant.parse("2099-01-01T00:00:00Z"))) {
        counts[1]++;
        if (!synced.contains(comment.repository())) {
          counts[0]++;
        }
      }
    }
    return counts;
  }

  /** Whether every repository the stored JSON names is {@code repository}. */
  private static boolean namesOnly(String json, Repository repository) {
    for (Matcher m = REPOS.matcher(json); m.find(); ) {
      if (!(m.group(1) + "/" + m.group(2)).equalsIgnoreCase(repository.fullName())) {
        return false;
      }
    }
    for (Matcher m = FULL_NAME.matcher(json); m.find(); ) {
      if (!m.group(1).equalsIgnoreCase(repository.fullName())) {
        return false;
      }
    }
    return true;
  }
}
