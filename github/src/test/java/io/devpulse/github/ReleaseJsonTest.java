package io.devpulse.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devpulse.model.Actor;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Releases as {@code GET /repos/O/N/releases} lists them, read from a saved file. */
class ReleaseJsonTest {
  private static final String RELEASE =
      """
      {"url": "https://api.github.com/repos/octo/hello/releases/101",
       "assets_url": "https://api.github.com/repos/octo/hello/releases/101/assets",
       "upload_url": "https://uploads.github.com/repos/octo/hello/releases/101/assets{?name,label}",
       "html_url": "https://github.com/octo/hello/releases/tag/v1.2.0",
       "id": 101, "author": {"login": "maint", "type": "User"}, "tag_name": "v1.2.0",
       "target_commitish": "main", "name": "Hello 1.2", "draft": false, "prerelease": true,
       "created_at": "2025-12-01T09:00:00Z", "published_at": "2025-12-01T10:00:00Z",
       "assets": [], "tarball_url": "https://api.github.com/repos/octo/hello/tarball/v1.2.0",
       "body": "## Changes"}""";

  private static List<Release> read(String json, ReadOptions options) throws IOException {
    List<Release> out = new ArrayList<>();
    try (GithubFileReader reader =
        GithubFileReader.open(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            "releases.json",
            options)) {
      for (Optional<ParsedRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
        out.add((Release) r.get().entity());
      }
    }
    return out;
  }

  @Test
  void anArrayOfReleasesIsToldApartByItsTagAndRead() throws IOException {
    String draft =
        RELEASE
            .replace("\"id\": 101", "\"id\": 102")
            .replace("\"draft\": false", "\"draft\": true")
            .replace("\"published_at\": \"2025-12-01T10:00:00Z\"", "\"published_at\": null");

    List<Release> releases = read("[" + RELEASE + "," + draft + "]", ReadOptions.defaults());

    assertThat(releases.get(0))
        .isEqualTo(
            new Release(
                Repository.parse("octo/hello"),
                101,
                "v1.2.0",
                "Hello 1.2",
                "## Changes",
                Actor.user("maint"),
                false,
                true,
                Instant.parse("2025-12-01T09:00:00Z"),
                Instant.parse("2025-12-01T10:00:00Z"),
                "https://github.com/octo/hello/releases/tag/v1.2.0"));
    assertThat(releases.get(0).version()).isEqualTo("1.2.0");
    assertThat(releases.get(1).draft()).isTrue();
    assertThat(releases.get(1).publishedAtOrNull()).isNull();
    assertThat(releases.get(1).updatedAt()).isEqualTo(Instant.parse("2025-12-01T09:00:00Z"));
  }

  @Test
  void aTemplatedUploadUrlOfTheRequiredRepositoryPassesTheRepositoryCheck() throws IOException {
    assertThat(read(RELEASE, ReadOptions.defaults().onlyRepository(Repository.parse("octo/hello"))))
        .hasSize(1);
  }

  @Test
  void aReleaseWithoutATagIsABadRecordNamingTheFieldAndLine() {
    String noTag = RELEASE.replace("\"tag_name\": \"v1.2.0\"", "\"tag_name\": \" \"");

    assertThatThrownBy(() -> read("[\n" + noTag + "]", ReadOptions.defaults()))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("releases.json:2:")
        .hasMessageContaining("field 'tag_name'")
        .hasMessageContaining("a tag on one line, not blank");
  }

  @Test
  void forcedAsReleasesWithoutAUrlTheRepositoryComesFromRepo() throws IOException {
    String bare = "{\"id\": 5, \"tag_name\": \"v2\", \"created_at\": \"2025-12-01T09:00:00Z\"}";

    assertThatThrownBy(() -> read(bare, ReadOptions.defaults().withForcedType(RecordType.RELEASE)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("cannot tell the repository (no url); use --repo");
    assertThat(
            read(bare, new ReadOptions(Repository.parse("octo/hello"), RecordType.RELEASE, false))
                .get(0)
                .repository())
        .isEqualTo(Repository.parse("octo/hello"));
  }
}
